package com.example.dynamodb.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbAsyncTable;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedAsyncClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/**
 * The async client needs the SDK's pipeline and Netty: these run on the local server. The tests
 * share one async client, built with the lesson's Netty settings ({@link HttpClients#netty}):
 * closing one waits about 2 s for Netty's threads to wind down, once per class is enough.
 */
@DynamoDbTest(sdkClient = true)
class AsyncThroughputTest {

    private static final InFlight IN_FLIGHT = new InFlight();
    private static DynamoDbAsyncClient async;

    @BeforeAll
    static void openAsyncClient(DynamoDbBackend backend) {
        async = backend.newAsyncClient(b -> b.httpClientBuilder(HttpClients.netty(16, Duration.ofSeconds(5)))
                .overrideConfiguration(o -> o.addExecutionInterceptor(IN_FLIGHT)));
    }

    @AfterAll
    static void closeAsyncClient() {
        async.close();
    }

    /** Counts requests between leaving and coming back, and remembers the most at once. */
    static final class InFlight implements ExecutionInterceptor {
        final AtomicInteger now = new AtomicInteger();
        final AtomicInteger max = new AtomicInteger();

        void reset() {
            max.set(now.get());
        }

        @Override
        public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
            max.accumulateAndGet(now.incrementAndGet(), Math::max);
        }

        @Override
        public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
            now.decrementAndGet();
        }

        @Override
        public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
            now.decrementAndGet();
        }
    }

    static List<Map<String, AttributeValue>> items(int count) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            items.add(Map.of(
                    "pk", AttributeValue.fromS(String.format("item-%04d", i)),
                    "n", AttributeValue.fromN(String.valueOf(i * 7)),
                    "text", AttributeValue.fromS("x".repeat(i % 50))));
        }
        return items;
    }

    static Set<Map<String, AttributeValue>> scan(DynamoDbClient client, String table) {
        return new HashSet<>(client.scanPaginator(b -> b.tableName(table).consistentRead(true)).items().stream()
                .toList());
    }

    @Test
    @DisplayName(
            "the sync client on a thread pool and the async client (at most 8 in flight) write the same 120 items, read back equal")
    void syncAndAsyncWriteTheSame(DynamoDbClient client, Tables tables) throws Exception {
        String syncTable = TableSetup.create(client, tables, "Sync", false);
        String asyncTable = TableSetup.create(client, tables, "Async", false);
        List<Map<String, AttributeValue>> items = items(120);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            assertThat(AsyncThroughput.putAllOnPool(client, syncTable, items, pool))
                    .isEqualTo(120);
        } finally {
            pool.shutdown();
            pool.awaitTermination(10, TimeUnit.SECONDS);
        }
        IN_FLIGHT.reset();
        assertThat(AsyncThroughput.putAll(async, asyncTable, items, 8).join()).isEqualTo(120);
        assertThat(IN_FLIGHT.max.get()).as("writes in flight at once").isBetween(2, 8);
        // And the async reads return exactly what was written.
        List<Map<String, AttributeValue>> read = AsyncThroughput.getAll(
                        async,
                        asyncTable,
                        items.stream().map(i -> Map.of("pk", i.get("pk"))).toList())
                .join();
        assertThat(read).containsExactlyElementsOf(items);

        assertThat(scan(client, asyncTable)).isEqualTo(scan(client, syncTable)).isEqualTo(new HashSet<>(items));
    }

    @Test
    @DisplayName(
            "composition: put then get is one future; a missing table fails it with ResourceNotFoundException, not a hang")
    void composition(DynamoDbClient client, Tables tables) {
        String table = TableSetup.create(client, tables, "Compose", false);
        Map<String, AttributeValue> item = items(1).get(0);

        assertThat(AsyncThroughput.putThenGet(async, table, item).join()).isEqualTo(item);
        assertThatThrownBy(() ->
                        AsyncThroughput.putThenGet(async, "no-such-table", item).join())
                .isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> AsyncThroughput.putAll(async, table, List.of(item), 0))
                .hasMessageContaining("maxInFlight must be at least 1");
    }

    @Test
    @DisplayName("callbacks run on the SDK's completion threads, not on the caller's thread nor on Netty's event loop")
    void callbackThreads(DynamoDbClient client, Tables tables) {
        String table = TableSetup.create(client, tables, "Threads", false);
        String thread = async.putItem(b -> b.tableName(table).item(items(1).get(0)))
                .thenApply(r -> Thread.currentThread().getName())
                .join();
        assertThat(thread).startsWith("sdk-async-response").doesNotContain("NettyEventLoop");
        assertThat(thread).isNotEqualTo(Thread.currentThread().getName());
    }

    @Test
    @DisplayName("the Enhanced async client writes and reads the same beans as the Enhanced sync client")
    void enhancedAsync(DynamoDbClient client, Tables tables) {
        String syncName = TableSetup.create(client, tables, "ReadingsSync", false);
        String asyncName = TableSetup.create(client, tables, "ReadingsAsync", false);
        List<Reading> readings = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            readings.add(new Reading("r" + i, "device-" + (i % 3), 20.5 + i / 4.0));
        }
        DynamoDbTable<Reading> syncTable = DynamoDbEnhancedClient.builder()
                .dynamoDbClient(client)
                .build()
                .table(syncName, TableSchema.fromBean(Reading.class));
        readings.forEach(syncTable::putItem);

        DynamoDbAsyncTable<Reading> asyncTable = DynamoDbEnhancedAsyncClient.builder()
                .dynamoDbClient(async)
                .build()
                .table(asyncName, TableSchema.fromBean(Reading.class));
        AsyncThroughput.putAll(asyncTable, readings).join();
        for (Reading r : readings) {
            assertThat(AsyncThroughput.get(asyncTable, r.getPk()).join())
                    .isEqualTo(r)
                    .isEqualTo(syncTable.getItem(k -> k.key(x -> x.partitionValue(r.getPk()))));
        }
        assertThat(scan(client, asyncName)).isEqualTo(scan(client, syncName));
    }
}
