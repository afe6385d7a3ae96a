package com.example.dynamodb.projects.iot;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One sensor reading. Stored under {@code deviceDay = "<deviceId>#<UTC date>"} and {@code ts}
 * (epoch millis): a device's day is one item collection, in time order. {@code msgId} is the
 * device's own message id (unique per device), kept for de-duplication and tracing.
 */
public record Reading(String deviceId, Instant at, double temperature, double humidity, String msgId) {

    private static final Pattern DEVICE_ID = Pattern.compile("[a-z0-9-]{1,40}");

    public Reading {
        requireDeviceId(deviceId);
        if (at == null || msgId == null || msgId.isBlank()) {
            throw new IllegalArgumentException("a reading needs a time and a message id");
        }
        at = at.truncatedTo(ChronoUnit.MILLIS); // what the sort key keeps
        if (!Double.isFinite(temperature) || !Double.isFinite(humidity)) {
            throw new IllegalArgumentException("temperature and humidity must be finite numbers");
        }
    }

    public static String requireDeviceId(String deviceId) {
        if (deviceId == null || !DEVICE_ID.matcher(deviceId).matches()) {
            throw new IllegalArgumentException(
                    "device id '" + deviceId + "' must be 1 to 40 lower-case letters, digits or '-'");
        }
        return deviceId;
    }

    /** The partition a device's readings of one UTC day share. */
    public static String deviceDay(String deviceId, LocalDate day) {
        return deviceId + "#" + day;
    }

    public LocalDate day() {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }

    /** The item, expiring {@code retention} after the reading was taken. */
    public Map<String, AttributeValue> toItem(Duration retention) {
        return Map.of(
                "deviceDay", AttributeValue.fromS(deviceDay(deviceId, day())),
                "ts", AttributeValue.fromN(Long.toString(at.toEpochMilli())), // no deviceId: the key holds it
                "temperature", AttributeValue.fromN(Double.toString(temperature)),
                "humidity", AttributeValue.fromN(Double.toString(humidity)),
                "msgId", AttributeValue.fromS(msgId),
                "expiresAt",
                        AttributeValue.fromN(Long.toString(at.plus(retention).getEpochSecond())));
    }

    public static Reading fromItem(Map<String, AttributeValue> item) {
        String deviceDay = item.get("deviceDay").s();
        return new Reading(
                deviceDay.substring(0, deviceDay.indexOf('#')),
                Instant.ofEpochMilli(Long.parseLong(item.get("ts").n())),
                Double.parseDouble(item.get("temperature").n()),
                Double.parseDouble(item.get("humidity").n()),
                item.get("msgId").s());
    }
}
