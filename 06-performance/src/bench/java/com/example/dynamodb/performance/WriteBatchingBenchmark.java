package com.example.dynamodb.performance;

import com.example.dynamodb.support.bench.RelativeToFirst;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * 100 items of 200 bytes per operation: one PutItem each, BatchWriteItem in chunks of 25, and
 * four batch writers in parallel. Scores are operations (100 items) per second; the report shows
 * each as a multiple of the single-PutItem loop.
 */
@RelativeToFirst
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 2)
public class WriteBatchingBenchmark {

    private static final int ITEMS = 100;

    private BenchTables bench;
    private DynamoDbClient client;
    private String table;
    private List<Map<String, AttributeValue>> items;
    private ExecutorService writers;

    @Setup(Level.Trial)
    public void setUp() {
        bench = new BenchTables();
        client = bench.backend.client();
        table = bench.table("Writes", false);
        items = BenchTables.items("item-", ITEMS, 200);
        writers = Executors.newFixedThreadPool(4);
    }

    @Benchmark
    public int a_singlePutItem() {
        for (Map<String, AttributeValue> item : items) {
            client.putItem(b -> b.tableName(table).item(item));
        }
        return ITEMS;
    }

    @Benchmark
    public int b_batchWriteItem() {
        for (int from = 0; from < ITEMS; from += 25) {
            writeChunk(items.subList(from, from + 25));
        }
        return ITEMS;
    }

    @Benchmark
    public int c_parallelBatchWriters() throws Exception {
        List<Future<?>> chunks = new ArrayList<>();
        for (int from = 0; from < ITEMS; from += 25) {
            List<Map<String, AttributeValue>> chunk = items.subList(from, from + 25);
            chunks.add(writers.submit(() -> writeChunk(chunk)));
        }
        for (Future<?> chunk : chunks) {
            chunk.get();
        }
        return ITEMS;
    }

    private void writeChunk(List<Map<String, AttributeValue>> chunk) {
        List<WriteRequest> writes = chunk.stream()
                .map(i -> WriteRequest.builder()
                        .putRequest(PutRequest.builder().item(i).build())
                        .build())
                .toList();
        Map<String, List<WriteRequest>> pending = Map.of(table, writes);
        while (!pending.isEmpty()) { // DynamoDB Local never leaves items unprocessed; DynamoDB may
            Map<String, List<WriteRequest>> request = pending;
            BatchWriteItemResponse response = client.batchWriteItem(b -> b.requestItems(request));
            pending = response.unprocessedItems();
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        writers.shutdownNow();
        bench.close();
    }
}
