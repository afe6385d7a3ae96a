package com.example.dynamodb.techniques;

import com.example.dynamodb.support.Narrator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/**
 * Reading a sharded key back: query every shard in parallel and merge. The price of spreading the
 * writes is paid here: one query per shard, each rounded up to 4 KB of reads on its own.
 */
public final class ScatterGather {

    private ScatterGather() {}

    // tag::latest[]
    /**
     * The {@code n} newest events of a day over its {@code shards} shards, newest first. One query
     * per shard, run on the caller's {@code executor}: at most as many at once as it has threads.
     * A failed shard fails the whole read, with that shard's exception (after the client's own
     * retries; other failed shards' exceptions are attached as suppressed): a merge without one
     * shard would silently leave out some of the newest events. Returns or throws only when every
     * shard's query has ended.
     */
    public static GatheredEvents latest(
            DynamoDbClient client, String table, String day, int shards, int n, Executor executor) {
        if (shards < 1 || shards > 100 || n < 1 || n > 1_000) {
            throw new IllegalArgumentException("shards must be 1 to 100 and n 1 to 1000, got " + shards + " and " + n);
        }
        List<CompletableFuture<GatheredEvents>> perShard = new ArrayList<>();
        for (int shard = 0; shard < shards; shard++) {
            String pk = "EVENTS#" + day + "#" + shard;
            perShard.add(CompletableFuture.supplyAsync(() -> newestOfShard(client, table, pk, n), executor));
        }
        List<Map<String, AttributeValue>> merged = new ArrayList<>();
        int queries = 0;
        double units = 0;
        RuntimeException failure = null;
        for (CompletableFuture<GatheredEvents> shard : perShard) {
            try {
                GatheredEvents read = shard.join(); // after this loop, no query is still running
                merged.addAll(read.items());
                queries += read.queries();
                units += read.readUnits();
            } catch (CompletionException e) {
                RuntimeException cause = e.getCause() instanceof RuntimeException r ? r : e;
                if (failure == null) {
                    failure = cause;
                } else {
                    failure.addSuppressed(cause);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
        // The merge: each shard is sorted, the union is not. Sort keys start with the timestamp.
        merged.sort(Comparator.comparing(
                        (Map<String, AttributeValue> i) -> i.get("sk").s())
                .reversed());
        return new GatheredEvents(List.copyOf(merged.subList(0, Math.min(n, merged.size()))), queries, units);
    }

    /** The newest {@code n} items of one shard: one page, unless 1 MB ends a page before n items do. */
    private static GatheredEvents newestOfShard(DynamoDbClient client, String table, String pk, int n) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        int queries = 0;
        double units = 0;
        for (QueryResponse page : client.queryPaginator(b -> b.tableName(table)
                .keyConditionExpression("pk = :pk")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(pk)))
                .scanIndexForward(false) // newest first within the shard
                .limit(n) // no shard can hold more than n of the n newest
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL))) {
            queries++;
            units += page.consumedCapacity().capacityUnits();
            items.addAll(page.items());
            if (items.size() >= n) {
                break; // enough: do not ask for the next page
            }
        }
        return new GatheredEvents(items.subList(0, Math.min(n, items.size())), queries, units);
    }
    // end::latest[]

    /** The same read on an unsharded key: one query. For the cost comparison. */
    public static GatheredEvents latestOfOneKey(DynamoDbClient client, String table, String pk, int n) {
        QueryResponse response = client.query(b -> b.tableName(table)
                .keyConditionExpression("pk = :pk")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(pk)))
                .scanIndexForward(false)
                .limit(n)
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));
        return new GatheredEvents(
                response.items(), 1, response.consumedCapacity().capacityUnits());
    }

    /** The walkthrough's part: the newest events of a day written by {@link WriteSharding#demo}. */
    static void narrate(DynamoDbClient client, String table, String day, int shards) {
        ExecutorService executor = Executors.newFixedThreadPool(4); // in an application: one pool, made once
        try {
            GatheredEvents latest = latest(client, table, day, shards, 5, executor);
            Narrator.step("The 5 newest events, scatter-gather over " + shards + " shards: " + latest.queries()
                    + " queries, " + latest.readUnits() + " RCU");
            Narrator.items(latest.items());
        } finally {
            executor.shutdown();
        }
    }
}
