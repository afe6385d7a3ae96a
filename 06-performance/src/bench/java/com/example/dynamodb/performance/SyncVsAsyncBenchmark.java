package com.example.dynamodb.performance;

import com.example.dynamodb.support.bench.RelativeToFirst;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** 100 PutItems of 200 bytes: the sync client on 8 threads against the async client with 8 in flight. */
@RelativeToFirst
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 2)
public class SyncVsAsyncBenchmark {

    private BenchTables bench;
    private DynamoDbAsyncClient async;
    private ExecutorService pool;
    private String table;
    private List<Map<String, AttributeValue>> items;

    @Setup(Level.Trial)
    public void setUp() {
        bench = new BenchTables();
        async = bench.backend.newAsyncClient(b -> {});
        pool = Executors.newFixedThreadPool(8);
        table = bench.table("SyncAsync", false);
        items = BenchTables.items("item-", 100, 200);
    }

    @Benchmark
    public int a_syncOnEightThreads() {
        return AsyncThroughput.putAllOnPool(bench.backend.client(), table, items, pool);
    }

    @Benchmark
    public int b_asyncEightInFlight() {
        return AsyncThroughput.putAll(async, table, items, 8).join();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        pool.shutdownNow();
        async.close();
        bench.close();
    }
}
