package com.example.dynamodb.queryscan;

import com.example.dynamodb.support.BackendConfig;
import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Tables;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
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
 * How long a full Scan of the 2,000 seeded orders (about 3 MB) takes with 1, 2 and 4 segments
 * scanned in parallel, on the backend chosen with {@code -Dddb.backend} (default: embedded).
 * The result is the wall time of one whole table scan.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ParallelScanBenchmark {

    @Param({"1", "2", "4"})
    int segments;

    private DynamoDbBackend backend;
    private Tables tables;
    private String table;
    private ExecutorService executor;

    @Setup(Level.Trial)
    public void seed() {
        backend = DynamoDbBackend.open(BackendConfig.fromEnvironment());
        tables = Tables.forWalkthrough(backend);
        table = SampleOrders.seededTable(backend.client(), tables);
        executor = Executors.newFixedThreadPool(segments);
    }

    @Benchmark
    public int scanWholeTable() {
        LongAdder counted = new LongAdder();
        ParallelScan.scan(backend.client(), table, segments, executor, (segment, page) -> counted.add(page.count()));
        int items = counted.intValue();
        if (items != SampleOrders.CUSTOMERS * SampleOrders.ORDERS_PER_CUSTOMER) {
            throw new IllegalStateException("scanned " + items + " items, expected every order once");
        }
        return items;
    }

    @TearDown(Level.Trial)
    public void close() {
        executor.shutdownNow();
        tables.close();
        backend.close();
    }
}
