package com.example.dynamodb.projects.iot;

import java.time.Instant;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A device as the registry knows it: identity and its latest status ({@code lastMessageAt} null before any). */
public record DeviceStatus(
        String deviceId, String fleet, String model, boolean online, Integer battery, Instant lastMessageAt) {

    public static DeviceStatus fromItem(Map<String, AttributeValue> item) {
        return new DeviceStatus(
                item.get("deviceId").s(),
                item.get("fleet").s(),
                item.get("model").s(),
                "ONLINE".equals(item.get("status").s()),
                item.containsKey("battery")
                        ? Integer.valueOf(item.get("battery").n())
                        : null,
                item.containsKey("lastMessageAt")
                        ? Instant.ofEpochMilli(
                                Long.parseLong(item.get("lastMessageAt").n()))
                        : null);
    }
}
