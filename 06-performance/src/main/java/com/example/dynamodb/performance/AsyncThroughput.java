package com.example.dynamodb.performance;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbAsyncTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;

/**
 * Many writes at once, two ways. The sync client blocks a thread per request, so concurrency
 * costs threads (a pool). The async client sends a request and returns a {@link CompletableFuture}
 * at once; a few Netty threads carry thousands of requests. Either way, bound how many are in
 * flight: every async method here takes {@code maxInFlight} and goes through {@link InFlightLimit}.
 */
public final class AsyncThroughput {

    private AsyncThroughput() {}

    // tag::sync-pool[]
    /** One blocking PutItem per item on {@code pool}; waits for all, returns how many were written. */
    public static int putAllOnPool(
            DynamoDbClient client, String table, List<Map<String, AttributeValue>> items, ExecutorService pool) {
        List<Future<?>> futures = new ArrayList<>();
        for (Map<String, AttributeValue> item : items) {
            futures.add(pool.submit(() -> client.putItem(b -> b.tableName(table).item(item))));
        }
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (InterruptedException e) {
                futures.forEach(other -> other.cancel(false)); // what has not started yet never will
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while writing to " + table, e);
            } catch (ExecutionException e) {
                futures.forEach(other -> other.cancel(false));
                throw new IllegalStateException(
                        "A write to " + table + " failed: " + e.getCause().getMessage(), e.getCause());
            }
        }
        return futures.size();
    }
    // end::sync-pool[]

    // tag::bounded[]
    /** Puts every item, never more than {@code maxInFlight} at a time; completes with how many were written. */
    public static CompletableFuture<Integer> putAll(
            DynamoDbAsyncClient client, String table, List<Map<String, AttributeValue>> items, int maxInFlight) {
        return InFlightLimit.callAll(
                        items,
                        maxInFlight,
                        item -> client.putItem(b -> b.tableName(table).item(item)))
                .thenApply(List::size);
    }
    // end::bounded[]

    // tag::compose[]
    /** Put, then read back: two requests chained without blocking a thread in between. */
    public static CompletableFuture<Map<String, AttributeValue>> putThenGet(
            DynamoDbAsyncClient client, String table, Map<String, AttributeValue> item) {
        Map<String, AttributeValue> key = Map.of("pk", item.get("pk"));
        return client.putItem(b -> b.tableName(table).item(item))
                .thenCompose(
                        put -> client.getItem(b -> b.tableName(table).key(key).consistentRead(true)))
                .thenApply(GetItemResponse::item);
    }

    /** Reads many keys, at most {@code maxInFlight} GetItems at a time; the items in the keys' order. */
    public static CompletableFuture<List<Map<String, AttributeValue>>> getAll(
            DynamoDbAsyncClient client, String table, List<Map<String, AttributeValue>> keys, int maxInFlight) {
        return InFlightLimit.callAll(
                keys,
                maxInFlight,
                key -> client.getItem(b -> b.tableName(table).key(key).consistentRead(true))
                        .thenApply(GetItemResponse::item));
    }
    // end::compose[]

    // tag::enhanced-async[]
    /** The Enhanced async client: beans in, futures out, at most {@code maxInFlight} at a time. */
    public static CompletableFuture<Integer> putAll(
            DynamoDbAsyncTable<Reading> table, List<Reading> readings, int maxInFlight) {
        return InFlightLimit.callAll(readings, maxInFlight, table::putItem).thenApply(List::size);
    }

    public static CompletableFuture<Reading> get(DynamoDbAsyncTable<Reading> table, String pk) {
        return table.getItem(
                r -> r.key(Key.builder().partitionValue(pk).build()).consistentRead(true));
    }
    // end::enhanced-async[]

    /** Needs an SDK-built async client: on the embedded engine it runs on a local server. */
    static void demo(DynamoDbBackend ddb, Tables tables) {
        Walkthroughs.onSdkPipeline(ddb, tables, "async clients", AsyncThroughput::demoOnSdk);
    }

    private static void demoOnSdk(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("The Java client for throughput: sync on a pool, async with bounded in-flight");
        DynamoDbClient client = ddb.client();
        String syncTable = TableSetup.create(client, tables, "SyncWrites", false);
        String asyncTable = TableSetup.create(client, tables, "AsyncWrites", false);
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            items.add(Map.of("pk", AttributeValue.fromS("item-" + i), "n", AttributeValue.fromN(String.valueOf(i))));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            Narrator.show("sync PutItem on 8 threads, items written", putAllOnPool(client, syncTable, items, pool));
        } finally {
            pool.shutdownNow();
        }
        try (DynamoDbAsyncClient async = ddb.newAsyncClient(b -> {})) {
            Narrator.show(
                    "async PutItem, at most 8 in flight, items written",
                    putAll(async, asyncTable, items, 8).join());
        }
        boolean same = new HashSet<>(client.scanPaginator(b -> b.tableName(syncTable)).items().stream()
                        .toList())
                .equals(new HashSet<>(client.scanPaginator(b -> b.tableName(asyncTable)).items().stream()
                        .toList()));
        Narrator.show("both tables hold the same items", same);
    }

    public static void main(String[] args) {
        Walkthroughs.run(AsyncThroughput::demo);
    }
}
