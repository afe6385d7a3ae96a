package com.example.dynamodb.projects.iot;

import com.example.dynamodb.support.Backend;
import com.example.dynamodb.support.BackendConfig;
import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.bench.RelativeToFirst;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Readings ingested per second by the three ways of writing them, in one run: a PutItem loop, one
 * batch writer (25 readings per BatchWriteItem), and 4 batch writers in parallel. One invocation
 * writes the same 500 readings (20 devices x 25), so the table does not grow between iterations.
 *
 * <p>On {@code local-server} (DynamoDB Local over loopback HTTP) unless {@code DDB_BACKEND} or
 * {@code DDB_ENDPOINT} names another: the embedded engine has no network round trip to save.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(IotIngestBenchmark.READINGS) // so the score is readings per second
@RelativeToFirst
public class IotIngestBenchmark {

    static final int DEVICES = 20;
    static final int PER_DEVICE = 25;
    static final int READINGS = DEVICES * PER_DEVICE;
    static final int PARALLEL_WRITERS = 4;

    @Param({"naivePutLoop", "batched", "parallelBatched"})
    String mode;

    private DynamoDbBackend backend;
    private Tables tables;
    private String table;
    private List<Reading> readings;
    private ExecutorService writers;

    @Setup(Level.Trial)
    public void open() {
        boolean chosen = System.getenv(BackendConfig.BACKEND_ENV) != null
                || System.getenv(BackendConfig.ENDPOINT_ENV) != null
                || System.getProperty(BackendConfig.BACKEND_PROPERTY) != null
                || System.getProperty(BackendConfig.ENDPOINT_PROPERTY) != null;
        backend =
                DynamoDbBackend.open(chosen ? BackendConfig.fromEnvironment() : BackendConfig.of(Backend.LOCAL_SERVER));
        tables = Tables.forWalkthrough(backend);
        table = tables.reserve("Readings");
        // No TTL here: DynamoDB Local's TTL job would scan the table under a write lock every 10 s.
        tables.createAndWait(IotTables.readings(table));
        readings = FleetSimulator.readings(
                DEVICES, PER_DEVICE, Instant.now().truncatedTo(ChronoUnit.HOURS), Duration.ofMinutes(1));
        writers = Executors.newFixedThreadPool(PARALLEL_WRITERS); // one pool for the trial, as an application has
    }

    @Benchmark
    public int ingest() {
        int written = switch (mode) {
            case "naivePutLoop" -> ReadingIngest.putOneByOne(backend.client(), table, readings);
            case "batched" ->
                ReadingIngest.ingest(
                                backend.client(), table, readings, writers, 1, ReadingIngest.Resend.STANDARD, n -> {})
                        .written();
            case "parallelBatched" ->
                ReadingIngest.ingest(
                                backend.client(),
                                table,
                                readings,
                                writers,
                                PARALLEL_WRITERS,
                                ReadingIngest.Resend.STANDARD,
                                n -> {})
                        .written();
            default -> throw new IllegalArgumentException("unknown mode " + mode);
        };
        if (written != READINGS) {
            throw new IllegalStateException("wrote " + written + " readings, expected " + READINGS);
        }
        return written;
    }

    @TearDown(Level.Trial)
    public void close() {
        long stored = ReadingIngest.countStored(
                backend.client(),
                table,
                readings.stream().map(Reading::deviceId).distinct().toList(),
                readings.get(0).day(),
                readings.get(readings.size() - 1).day());
        writers.shutdown();
        tables.close();
        backend.close();
        if (stored != READINGS) {
            throw new IllegalStateException("counted " + stored + " readings in the table, expected " + READINGS);
        }
    }
}
