package com.example.dynamodb.projects.iot;

import java.time.Instant;

/**
 * What a device reports now and then: online or going offline, and its battery level. Messages can
 * arrive late and out of order (retries, several gateways); {@code sentAt} is the device's own time.
 */
public record StatusMessage(String deviceId, Instant sentAt, boolean online, int battery) {

    public StatusMessage {
        Reading.requireDeviceId(deviceId);
        if (sentAt == null) {
            throw new IllegalArgumentException("a status message needs the time it was sent");
        }
        if (battery < 0 || battery > 100) {
            throw new IllegalArgumentException("battery must be a percentage from 0 to 100, got " + battery);
        }
    }
}
