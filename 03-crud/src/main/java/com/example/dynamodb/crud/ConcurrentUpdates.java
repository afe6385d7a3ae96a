package com.example.dynamodb.crud;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * The proof that matters: many writers increment one counter at once (run by
 * {@link ConcurrentWorkers}). A server-side {@code ADD} and a read-modify-write guarded by a
 * condition (with retry) both end at exactly workers x increments; the same read-modify-write
 * without a condition loses updates.
 */
public final class ConcurrentUpdates {

    private ConcurrentUpdates() {}

    /** Puts the counter back to 0 (a whole-item put: whatever was there is replaced). */
    public static void reset(DynamoDbClient client, String table, String id) {
        client.putItem(b ->
                b.tableName(table).item(Map.of("UserID", AttributeValue.fromS(id), "Hits", AttributeValue.fromN("0"))));
    }

    // tag::atomic[]
    /** The server does the arithmetic: nothing is read, so nothing can be stale. */
    public static void atomicIncrement(DynamoDbClient client, String table, String id) {
        client.updateItem(b -> b.tableName(table)
                .key(Map.of("UserID", AttributeValue.fromS(id)))
                .updateExpression("ADD Hits :one")
                .expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1"))));
    }
    // end::atomic[]

    // tag::optimistic[]
    /** Enough for a handful of writers; a writer that loses this often needs a different design. */
    private static final int MAX_ATTEMPTS = 50;

    /** The counter's current value, read strongly so that it includes every acknowledged write. */
    public static long read(DynamoDbClient client, String table, String id) {
        return Long.parseLong(client.getItem(b -> b.tableName(table)
                        .key(Map.of("UserID", AttributeValue.fromS(id)))
                        .consistentRead(true))
                .item()
                .get("Hits")
                .n());
    }

    /** Sets the counter to {@code seen + 1} only if it still holds {@code seen}; false on conflict. */
    public static boolean conditionalWrite(DynamoDbClient client, String table, String id, long seen) {
        try {
            client.updateItem(b -> b.tableName(table)
                    .key(Map.of("UserID", AttributeValue.fromS(id)))
                    .updateExpression("SET Hits = :next")
                    // The counter only grows, so its value can double as the version attribute.
                    .conditionExpression("Hits = :seen")
                    .expressionAttributeValues(Map.of(
                            ":seen",
                            AttributeValue.fromN(String.valueOf(seen)),
                            ":next",
                            AttributeValue.fromN(String.valueOf(seen + 1)))));
            return true;
        } catch (ConditionalCheckFailedException conflict) {
            return false; // someone else wrote first: the value we read is stale
        }
    }

    /** Read, compute, write if unchanged; on conflict, read again. Returns the attempts it took. */
    public static int optimisticIncrement(DynamoDbClient client, String table, String id) {
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            if (conditionalWrite(client, table, id, read(client, table, id))) {
                return attempt;
            }
        }
        throw new IllegalStateException("Gave up after " + MAX_ATTEMPTS + " conflicting attempts on " + id);
    }
    // end::optimistic[]

    // tag::unsafe[]
    /** WRONG on purpose: a write computed from a read, with no check that the read is still true. */
    public static void blindWrite(DynamoDbClient client, String table, String id, long next) {
        client.updateItem(b -> b.tableName(table)
                .key(Map.of("UserID", AttributeValue.fromS(id)))
                .updateExpression("SET Hits = :next")
                .expressionAttributeValues(Map.of(":next", AttributeValue.fromN(String.valueOf(next)))));
    }
    // end::unsafe[]

    // tag::lockstep[]
    // Not for copying: test wiring that puts the three strategies above in step for the proof.
    /**
     * The three strategies as the proof runs them: {@code pause} is the barrier that makes every
     * worker read before any of them writes (see {@link ConcurrentWorkers}). Each returns attempts.
     */
    static ConcurrentWorkers.Increment atomic(DynamoDbClient client, String table, String id) {
        return pause -> {
            pause.run(); // keep step with the others; there is no read to go stale
            atomicIncrement(client, table, id);
            return 1;
        };
    }

    static ConcurrentWorkers.Increment optimistic(DynamoDbClient client, String table, String id) {
        return pause -> {
            long seen = read(client, table, id);
            pause.run();
            return conditionalWrite(client, table, id, seen) ? 1 : 1 + optimisticIncrement(client, table, id);
        };
    }

    static ConcurrentWorkers.Increment blind(DynamoDbClient client, String table, String id) {
        return pause -> {
            long seen = read(client, table, id);
            pause.run();
            blindWrite(client, table, id, seen + 1);
            return 1;
        };
    }
    // end::lockstep[]

    static void demo(DynamoDbBackend ddb, Tables tables) {
        int workers = 4;
        int rounds = 25;
        Narrator.section(
                "Concurrency: " + workers + " workers x " + rounds + " increments of one counter, in lockstep");
        DynamoDbClient client = ddb.client();
        String table = UsersTable.create(tables, "Counters");
        List<List<String>> rows = new ArrayList<>(List.of(List.of("strategy", "final", "attempts")));
        Map<String, ConcurrentWorkers.Increment> strategies = new LinkedHashMap<>();
        strategies.put("ADD Hits :one", atomic(client, table, "page"));
        strategies.put("read + conditional write", optimistic(client, table, "page"));
        strategies.put("read + blind write", blind(client, table, "page"));
        ExecutorService pool = Executors.newFixedThreadPool(workers); // lockstep: a thread for each worker
        try {
            strategies.forEach((name, increment) -> {
                reset(client, table, "page");
                int attempts = ConcurrentWorkers.run(pool, workers, rounds, true, Duration.ofSeconds(10), increment);
                rows.add(List.of(name, "" + read(client, table, "page"), "" + attempts));
            });
        } finally {
            pool.shutdownNow();
        }
        Narrator.table(rows);
        Narrator.say("Expected " + workers * rounds + ". Blind writers all wrote the same value each round: "
                + (workers - 1) * rounds + " increments lost.");
    }

    public static void main(String[] args) {
        Walkthroughs.run(ConcurrentUpdates::demo);
    }
}
