package com.example.dynamodb.performance;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
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
 * flight: an unbounded burst only queues in the HTTP client and times out.
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
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while writing to " + table, e);
            } catch (ExecutionException e) {
                throw new IllegalStateException(
                        "A write to " + table + " failed: " + e.getCause().getMessage(), e);
            }
        }
        return futures.size();
    }
    // end::sync-pool[]

    // tag::bounded[]
    /**
     * Puts every item with the async client, never more than {@code maxInFlight} at a time. The
     * caller's thread waits for a permit before each send; the callbacks only release the permit
     * and count: a callback runs on the SDK's small completion pool and must never block.
     */
    public static CompletableFuture<Integer> putAll(
            DynamoDbAsyncClient client, String table, List<Map<String, AttributeValue>> items, int maxInFlight) {
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("maxInFlight must be at least 1, got " + maxInFlight);
        }
        Semaphore permits = new Semaphore(maxInFlight);
        AtomicInteger written = new AtomicInteger();
        List<CompletableFuture<?>> sent = new ArrayList<>();
        for (Map<String, AttributeValue> item : items) {
            permits.acquireUninterruptibly(); // blocks the caller, never a callback
            sent.add(client.putItem(b -> b.tableName(table).item(item)).whenComplete((response, failure) -> {
                permits.release();
                if (failure == null) {
                    written.incrementAndGet();
                }
            }));
        }
        // Completes when all have; fails with the first failure if any write failed.
        return CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).thenApply(done -> written.get());
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

    /** Reads many keys at once: start every GetItem, then wait for all of them together. */
    public static CompletableFuture<List<Map<String, AttributeValue>>> getAll(
            DynamoDbAsyncClient client, String table, List<Map<String, AttributeValue>> keys) {
        List<CompletableFuture<Map<String, AttributeValue>>> reads = keys.stream()
                .map(key -> client.getItem(b -> b.tableName(table).key(key).consistentRead(true))
                        .thenApply(GetItemResponse::item))
                .toList();
        return CompletableFuture.allOf(reads.toArray(CompletableFuture[]::new))
                .thenApply(done -> reads.stream().map(CompletableFuture::join).toList());
    }
    // end::compose[]

    // tag::enhanced-async[]
    /** The Enhanced async client: beans in, futures out. */
    public static CompletableFuture<Void> putAll(DynamoDbAsyncTable<Reading> table, List<Reading> readings) {
        return CompletableFuture.allOf(readings.stream().map(table::putItem).toArray(CompletableFuture[]::new));
    }

    public static CompletableFuture<Reading> get(DynamoDbAsyncTable<Reading> table, String pk) {
        return table.getItem(
                r -> r.key(Key.builder().partitionValue(pk).build()).consistentRead(true));
    }
    // end::enhanced-async[]

    /** Needs an SDK-built async client: the walkthrough runs it on the local server. */
    static void demo(DynamoDbBackend ddb, Tables tables) {
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
}
