package com.example.dynamodb.performance;

import com.example.dynamodb.support.bench.RelativeToFirst;
import java.util.Map;
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
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The same 20 orders of one customer (of 100 customers × 20 orders, 500 bytes each): a Query of
 * their partition against a Scan of the whole table filtered to them. Reads per second; the Scan
 * is shown as a multiple of the Query.
 */
@RelativeToFirst
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 2)
public class QueryVsScanBenchmark {

    private BenchTables bench;
    private DynamoDbClient client;
    private String table;

    @Setup(Level.Trial)
    public void setUp() {
        bench = new BenchTables();
        client = bench.backend.client();
        table = bench.seeded("Orders", 100, 20, 500);
    }

    @Benchmark
    public long a_query() {
        return count(client
                .queryPaginator(b -> b.tableName(table)
                        .keyConditionExpression("pk = :c")
                        .expressionAttributeValues(Map.of(":c", AttributeValue.fromS("c042"))))
                .items()
                .stream()
                .count());
    }

    @Benchmark
    public long b_scanWithFilter() {
        return count(client
                .scanPaginator(b -> b.tableName(table)
                        .filterExpression("pk = :c")
                        .expressionAttributeValues(Map.of(":c", AttributeValue.fromS("c042"))))
                .items()
                .stream()
                .count());
    }

    private static long count(long items) {
        if (items != 20) {
            throw new IllegalStateException("expected the customer's 20 orders, got " + items);
        }
        return items;
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        bench.close();
    }
}
