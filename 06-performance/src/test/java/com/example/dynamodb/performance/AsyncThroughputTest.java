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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbAsyncTable;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedAsyncClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/**
 * The async client needs the SDK's pipeline and Netty: these run on the local server, each test on
 * its own async client with the lesson's Netty settings ({@link HttpClients#netty}). Requests in
 * flight are counted where the SDK sends them, and held back on the wire until as many as the
 * method should allow are waiting ({@link InFlightRequests}): the bound is proven exactly, without
 * depending on how fast the machine answers.
 */
@DynamoDbTest(sdkClient = true)
class AsyncThroughputTest {

    private InFlightRequests wire;
    private DynamoDbAsyncClient async;

    @BeforeEach
    void openAsyncClient(DynamoDbBackend backend) {
        wire = InFlightRequests.open(backend, HttpClients.netty(16, Duration.ofSeconds(5)));
        async = wire.client();
    }

    @AfterEach
    void closeAsyncClient() {
        wire.close();
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

    static List<Map<String, AttributeValue>> keys(List<Map<String, AttributeValue>> items) {
        return items.stream().map(i -> Map.of("pk", i.get("pk"))).toList();
    }

    static Set<Map<String, AttributeValue>> scan(DynamoDbClient client, String table) {
        return new HashSet<>(client.scanPaginator(b -> b.tableName(table).consistentRead(true)).items().stream()
                .toList());
    }

    @Test
    @DisplayName("the sync client on a thread pool and the async client (exactly 8 in flight, never 9) write the same"
            + " 40 items; 40 async reads, 8 at a time, return them in order")
    void syncAndAsyncWriteTheSame(DynamoDbClient client, Tables tables) throws Exception {
        String syncTable = TableSetup.create(client, tables, "Sync", false);
        String asyncTable = TableSetup.create(client, tables, "Async", false);
        List<Map<String, AttributeValue>> items = items(40);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            assertThat(AsyncThroughput.putAllOnPool(client, syncTable, items, pool))
                    .isEqualTo(40);
        } finally {
            pool.shutdown();
            pool.awaitTermination(10, TimeUnit.SECONDS);
        }

        wire.reset();
        wire.holdUntil(8); // nothing answers until 8 wait: a method that allows fewer never gets there
        assertThat(AsyncThroughput.putAll(async, asyncTable, items, 8).join()).isEqualTo(40);
        assertThat(wire.max()).as("writes in flight at once").isEqualTo(8);
        assertThat(wire.sent()).isEqualTo(40);

        wire.reset();
        wire.holdUntil(8);
        List<Map<String, AttributeValue>> read =
                AsyncThroughput.getAll(async, asyncTable, keys(items), 8).join();
        assertThat(read).containsExactlyElementsOf(items);
        assertThat(wire.max()).as("reads in flight at once").isEqualTo(8);

        assertThat(scan(client, asyncTable)).isEqualTo(scan(client, syncTable)).isEqualTo(new HashSet<>(items));
    }

    @Test
    @DisplayName("a failed write stops the bounded writer: 3 in flight fail with ResourceNotFoundException, the other"
            + " 7 items are never sent, and the future fails with the cause; put then get is one future")
    void failuresAndComposition(DynamoDbClient client, Tables tables) {
        String table = TableSetup.create(client, tables, "Compose", false);
        Map<String, AttributeValue> item = items(1).get(0);
        assertThat(AsyncThroughput.putThenGet(async, table, item).join()).isEqualTo(item);
        assertThatThrownBy(() ->
                        AsyncThroughput.putThenGet(async, "no-such-table", item).join())
                .isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(ResourceNotFoundException.class);

        wire.reset();
        wire.holdUntil(3);
        CompletableFuture<Integer> writes = AsyncThroughput.putAll(async, "no-such-table", items(10), 3);
        assertThatThrownBy(writes::join)
                .isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(ResourceNotFoundException.class);
        assertThat(wire.sent()).as("requests sent").isEqualTo(3);
        assertThatThrownBy(() -> AsyncThroughput.getAll(async, table, keys(items(1)), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxInFlight must be at least 1, got 0");
    }

    @Test
    @DisplayName("callbacks run on the SDK's completion threads, not on the caller's thread nor on Netty's event loop")
    void callbackThreads(DynamoDbClient client, Tables tables) {
        String table = TableSetup.create(client, tables, "Threads", false);
        wire.holdUntilReleased(); // the response cannot arrive before the callback is attached
        CompletableFuture<PutItemResponse> put =
                async.putItem(b -> b.tableName(table).item(items(1).get(0)));
        CompletableFuture<String> thread =
                put.thenApply(r -> Thread.currentThread().getName());
        assertThat(put).isNotDone();
        wire.release();

        assertThat(thread.join())
                .startsWith("sdk-async-response")
                .doesNotContain("NettyEventLoop")
                .isNotEqualTo(Thread.currentThread().getName());
    }

    @Test
    @DisplayName("the Enhanced async client (exactly 4 in flight) writes and reads the same beans as the Enhanced"
            + " sync client")
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
        wire.reset();
        wire.holdUntil(4);
        assertThat(AsyncThroughput.putAll(asyncTable, readings, 4).join()).isEqualTo(12);
        assertThat(wire.max()).as("bean writes in flight at once").isEqualTo(4);
        for (Reading r : readings) {
            assertThat(AsyncThroughput.get(asyncTable, r.getPk()).join())
                    .isEqualTo(r)
                    .isEqualTo(syncTable.getItem(k -> k.key(x -> x.partitionValue(r.getPk()))));
        }
        assertThat(scan(client, asyncName)).isEqualTo(scan(client, syncName));
    }
}
