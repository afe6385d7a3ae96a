package com.example.dynamodb.projects.iot;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates a fleet's readings from a fixed seed: {@code devices} devices ("d-0000" ...), each
 * sending {@code readingsPerDevice} readings, one per {@code interval}, starting at {@code start}.
 * Readings come device-interleaved (all devices' first reading, then the second...), as a gateway
 * would forward them.
 */
public final class FleetSimulator {

    public static final long SEED = 42;

    private FleetSimulator() {}

    public static List<Reading> readings(int devices, int readingsPerDevice, Instant start, Duration interval) {
        if (devices < 1 || devices > 10_000 || readingsPerDevice < 1 || readingsPerDevice > 100_000) {
            throw new IllegalArgumentException("devices must be 1..10000 and readings per device 1..100000");
        }
        Random random = new Random(SEED);
        List<Reading> readings = new ArrayList<>(devices * readingsPerDevice);
        for (int r = 0; r < readingsPerDevice; r++) {
            for (int d = 0; d < devices; d++) {
                // Each device has its own phase within the interval, so timestamps do not all collide.
                Instant at = start.plus(interval.multipliedBy(r)).plusMillis(d % 1000);
                double temperature = 18 + 6 * Math.sin((r + d) / 50.0) + random.nextGaussian() * 0.3;
                double humidity = 40 + 10 * Math.cos((r + d) / 80.0) + random.nextGaussian();
                readings.add(new Reading(
                        deviceId(d),
                        at,
                        Math.round(temperature * 100) / 100.0,
                        Math.round(humidity * 10) / 10.0,
                        deviceId(d) + "-" + r));
            }
        }
        return readings;
    }

    public static String deviceId(int index) {
        return String.format("d-%04d", index);
    }
}
