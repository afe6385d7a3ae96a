package com.example.dynamodb.techniques;

import com.example.dynamodb.support.BackendConfig;
import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Tables;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * How long "the 10 newest events of the day" takes when the day's 1,000 events are spread over 1,
 * 4 or 10 shards (one query per shard, run in parallel, then merged), on the backend chosen with
 * {@code -Dddb.backend} (default: embedded). The read-unit side of the same trade is measured by
 * {@code ScatterGatherTest}; this is the wall-time side.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ScatterGatherBenchmark {

    @Param({"1", "4", "10"})
    int shards;

    private DynamoDbBackend backend;
    private ExecutorService executor;
    private Tables tables;
    private String table;

    @Setup(Level.Trial)
    public void seed() {
        backend = DynamoDbBackend.open(BackendConfig.fromEnvironment());
        executor = Executors.newFixedThreadPool(4); // made once, as an application would
        tables = Tables.forWalkthrough(backend);
        table = tables.reserve("Events");
        tables.createAndWait(SimpleTables.pkSk(table));
        WriteSharding.writeEvents(backend.client(), table, "2024-03-15", shards, 1_000, false);
    }

    @Benchmark
    public int newestTen() {
        GatheredEvents latest = ScatterGather.latest(backend.client(), table, "2024-03-15", shards, 10, executor);
        if (latest.items().size() != 10) {
            throw new IllegalStateException(
                    "expected the 10 newest events, got " + latest.items().size());
        }
        return latest.items().size();
    }

    @TearDown(Level.Trial)
    public void close() {
        executor.shutdown();
        tables.close();
        backend.close();
    }
}
