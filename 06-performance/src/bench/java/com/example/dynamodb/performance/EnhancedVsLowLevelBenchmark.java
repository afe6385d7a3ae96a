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
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A put and a get of one small reading: attribute maps by hand against the Enhanced Client's beans. */
@RelativeToFirst
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 2)
public class EnhancedVsLowLevelBenchmark {

    private BenchTables bench;
    private DynamoDbClient client;
    private String table;
    private DynamoDbTable<Reading> readings;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        bench = new BenchTables();
        client = bench.backend.client();
        table = bench.table("Readings", false);
        readings = DynamoDbEnhancedClient.builder()
                .dynamoDbClient(client)
                .build()
                .table(table, TableSchema.fromBean(Reading.class));
    }

    @Benchmark
    public Map<String, AttributeValue> a_lowLevelPutGet() {
        String pk = "r" + (next++ % 1000);
        client.putItem(b -> b.tableName(table)
                .item(Map.of(
                        "pk", AttributeValue.fromS(pk),
                        "device", AttributeValue.fromS("d1"),
                        "celsius", AttributeValue.fromN("21.5"))));
        return client.getItem(b -> b.tableName(table).key(Map.of("pk", AttributeValue.fromS(pk))))
                .item();
    }

    @Benchmark
    public Reading b_enhancedPutGet() {
        String pk = "r" + (next++ % 1000);
        readings.putItem(new Reading(pk, "d1", 21.5));
        return readings.getItem(Key.builder().partitionValue(pk).build());
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        bench.close();
    }
}
