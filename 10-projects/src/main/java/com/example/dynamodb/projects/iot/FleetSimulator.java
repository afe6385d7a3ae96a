package com.example.dynamodb.projects.iot;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Generates a fleet's readings from a fixed seed: {@code devices} devices ("d-0000" ...), each
 * sending {@code readingsPerDevice} readings, one per {@code interval}, starting at {@code start}.
 * Readings come device-interleaved (all devices' first reading, then the second...), as a gateway
 * would forward them. Its {@code main} ingests 200 devices x 500 readings with
 * {@link ReadingIngest}, shows the progress, and counts what was stored.
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

    static void demo(DynamoDbBackend ddb, Tables tables) {
        demo(ddb, tables, 20, 25);
    }

    /** The simulator: {@code devices} x {@code perDevice} readings, ingested with progress and counted. */
    static void demo(DynamoDbBackend ddb, Tables tables, int devices, int perDevice) {
        Narrator.section("IoT: the fleet simulator, batched parallel ingest, 0 readings lost");
        DynamoDbClient client = ddb.client();
        String table = IotTables.createReadings(tables, client, "Readings");
        // Recent timestamps: readings older than the 30-day retention would be deleted by TTL at once.
        Instant start = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(2));
        List<Reading> readings = FleetSimulator.readings(devices, perDevice, start, Duration.ofMinutes(1));
        Narrator.step(devices + " devices x " + perDevice + " readings = " + readings.size()
                + ", 25 per BatchWriteItem, 4 batches in flight");
        AtomicInteger nextQuarter = new AtomicInteger(1);
        ExecutorService writers = Executors.newFixedThreadPool(4); // an application's own, shared pool
        ReadingIngest.Report report;
        try {
            report = ReadingIngest.ingest(client, table, readings, writers, 4, ReadingIngest.Resend.STANDARD, done -> {
                int quarter = nextQuarter.get(); // called by every writer: print each quarter once
                if (done * 4L >= (long) quarter * readings.size() && nextQuarter.compareAndSet(quarter, quarter + 1)) {
                    Narrator.say("progress: " + done + " of " + readings.size() + " (" + (quarter * 25) + "%)");
                }
            });
        } finally {
            writers.shutdown();
        }
        Narrator.step("written " + report.written() + " in " + (readings.size() + 24) / 25 + " batches ("
                + report.resends() + " re-sends of unprocessed items)");
        List<String> ids = new ArrayList<>();
        for (int d = 0; d < devices; d++) {
            ids.add(FleetSimulator.deviceId(d));
        }
        LocalDate first = LocalDate.ofInstant(start, ZoneOffset.UTC);
        LocalDate last = LocalDate.ofInstant(readings.get(readings.size() - 1).at(), ZoneOffset.UTC);
        long stored = ReadingIngest.countStored(client, table, ids, first, last);
        Narrator.step("counted back: " + stored + " stored, " + (readings.size() - stored) + " lost");
    }

    /** The full simulator run: 200 devices x 500 readings unless {@code -Dexec.args="DEVICES READINGS"} says otherwise. */
    public static void main(String[] args) {
        Walkthroughs.run((ddb, tables) -> demo(ddb, tables, argument(args, 0, 200), argument(args, 1, 500)));
    }

    private static int argument(String[] args, int index, int fallback) {
        try {
            return args.length > index ? Integer.parseInt(args[index].strip()) : fallback;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Expected two whole numbers, devices and readings per device"
                    + " (e.g. -Dexec.args=\"200 500\"), got: " + String.join(" ", args));
        }
    }
}
