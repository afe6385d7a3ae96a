package com.example.dynamodb.performance;

import com.example.dynamodb.support.bench.RelativeToFirst;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Full scans of 2,000 items of 1 KB (2 MB) with 1, 2, 4 and 8 segments, one thread each; scans per second. */
@RelativeToFirst
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 2)
public class ParallelScanBenchmark {

    @Param({"1", "2", "4", "8"})
    int segments;

    private BenchTables bench;
    private DynamoDbClient client;
    private String table;
    private ExecutorService workers;

    @Setup(Level.Trial)
    public void setUp() {
        bench = new BenchTables();
        client = bench.backend.client();
        table = bench.seeded("Scanned", 100, 20, 1024);
        workers = Executors.newFixedThreadPool(segments);
    }

    @Benchmark
    public long scanWholeTable() throws Exception {
        List<Future<Long>> parts = new ArrayList<>();
        for (int segment = 0; segment < segments; segment++) {
            int s = segment;
            parts.add(workers.submit(() ->
                    client.scanPaginator(b -> b.tableName(table).segment(s).totalSegments(segments)).items().stream()
                            .count()));
        }
        long items = 0;
        for (Future<Long> part : parts) {
            items += part.get();
        }
        if (items != 2_000) {
            throw new IllegalStateException("scanned " + items + " items, expected each of 2,000 once");
        }
        return items;
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        workers.shutdownNow();
        bench.close();
    }
}
