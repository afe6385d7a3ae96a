package com.example.dynamodb.projects.iot;

import com.example.dynamodb.support.Backend;
import com.example.dynamodb.support.BackendConfig;
import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Tables;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Where an ingest's time goes, on DynamoDB Local's HTTP server started in this JVM: the CPU time
 * per reading of the client's threads, of the server's HTTP threads (Jetty, "qtp...") and of its
 * storage thread ("SQLiteQueue..."), read from {@link ThreadMXBean}. The modes run interleaved,
 * round by round, so that a machine loaded by other work slows them alike: their ratios come from
 * one run. Bench code, not for copying: the thread names are DynamoDB Local 3.3.1's.
 */
final class IngestCpuSplit {

    private IngestCpuSplit() {}

    /** The table: one row per mode, CPU per reading by side, the median wall time, the ratios to the loop. */
    static String measure(int warmUpRounds, int rounds) {
        try (DynamoDbBackend backend = DynamoDbBackend.open(BackendConfig.of(Backend.LOCAL_SERVER));
                Tables tables = Tables.forWalkthrough(backend)) {
            String table = tables.reserve("Readings");
            tables.createAndWait(IotTables.readings(table));
            List<Reading> readings = FleetSimulator.readings(
                    IotIngestBenchmark.DEVICES,
                    IotIngestBenchmark.PER_DEVICE,
                    Instant.now().truncatedTo(ChronoUnit.HOURS),
                    Duration.ofMinutes(1));
            ExecutorService writers = Executors.newFixedThreadPool(IotIngestBenchmark.PARALLEL_WRITERS);
            try {
                Map<String, Runnable> modes = new LinkedHashMap<>();
                modes.put("naivePutLoop", () -> ReadingIngest.putOneByOne(backend.client(), table, readings));
                modes.put(
                        "batched",
                        () -> ReadingIngest.ingest(
                                backend.client(), table, readings, writers, 1, ReadingIngest.Resend.STANDARD, n -> {}));
                modes.put(
                        "parallelBatched",
                        () -> ReadingIngest.ingest(
                                backend.client(),
                                table,
                                readings,
                                writers,
                                IotIngestBenchmark.PARALLEL_WRITERS,
                                ReadingIngest.Resend.STANDARD,
                                n -> {}));
                for (int i = 0; i < warmUpRounds; i++) {
                    modes.values().forEach(Runnable::run);
                }
                Map<String, long[]> cpu = new LinkedHashMap<>();
                Map<String, List<Long>> walls = new LinkedHashMap<>();
                for (int i = 0; i < rounds; i++) {
                    for (Map.Entry<String, Runnable> mode : modes.entrySet()) {
                        long[] before = cpuBySide();
                        long start = System.nanoTime();
                        mode.getValue().run();
                        long wall = System.nanoTime() - start;
                        long[] after = cpuBySide();
                        long[] sum = cpu.computeIfAbsent(mode.getKey(), k -> new long[3]);
                        for (int side = 0; side < 3; side++) {
                            sum[side] += after[side] - before[side];
                        }
                        walls.computeIfAbsent(mode.getKey(), k -> new ArrayList<>())
                                .add(wall);
                    }
                }
                return table(cpu, walls, readings.size() * (double) rounds, readings.size());
            } finally {
                writers.shutdown();
            }
        }
    }

    /** CPU nanoseconds so far of the client's threads, the server's HTTP threads and its storage thread. */
    private static long[] cpuBySide() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] sides = new long[3];
        for (ThreadInfo thread : threads.getThreadInfo(threads.getAllThreadIds())) {
            long nanos = thread == null ? -1 : threads.getThreadCpuTime(thread.getThreadId());
            if (nanos > 0) {
                String name = thread.getThreadName();
                sides[name.startsWith("qtp") ? 1 : name.startsWith("SQLiteQueue") ? 2 : 0] += nanos;
            }
        }
        return sides;
    }

    private static String table(
            Map<String, long[]> cpu, Map<String, List<Long>> walls, double readingsPerMode, int perRound) {
        StringBuilder out = new StringBuilder(
                "| mode | client CPU | server HTTP CPU | server storage CPU | CPU in all | wall (median) | vs the loop:"
                        + " wall, CPU |\n|---|---|---|---|---|---|---|\n");
        double loopWall = 0;
        double loopCpu = 0;
        for (Map.Entry<String, long[]> mode : cpu.entrySet()) {
            long[] nanos = mode.getValue();
            double client = nanos[0] / readingsPerMode / 1000;
            double http = nanos[1] / readingsPerMode / 1000;
            double storage = nanos[2] / readingsPerMode / 1000;
            List<Long> sorted = new ArrayList<>(walls.get(mode.getKey()));
            Collections.sort(sorted);
            double wall = sorted.get(sorted.size() / 2) / (double) perRound / 1000;
            if (loopWall == 0) {
                loopWall = wall;
                loopCpu = client + http + storage;
            }
            out.append(String.format(
                    Locale.ROOT,
                    "| %s | %.0f µs | %.0f µs | %.0f µs | %.0f µs | %.0f µs | %.1f×, %.1f× |%n",
                    mode.getKey(),
                    client,
                    http,
                    storage,
                    client + http + storage,
                    wall,
                    loopWall / wall,
                    loopCpu / (client + http + storage)));
        }
        return out.toString();
    }
}
