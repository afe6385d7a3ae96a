package com.example.dynamodb.crud;

import static com.example.dynamodb.crud.UsersTable.n;
import static com.example.dynamodb.crud.UsersTable.s;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * The proof that matters: many writers increment one counter at once. A server-side {@code ADD}
 * and a read-modify-write guarded by a version condition (with retry) both end at exactly
 * workers x increments; the same read-modify-write without a condition loses updates.
 */
public final class ConcurrentUpdates {

    private ConcurrentUpdates() {}

    /** One increment; {@code pause} runs between its read and its write. Returns attempts made. */
    @FunctionalInterface
    public interface Increment {
        int apply(Runnable pause);
    }

    public static void reset(DynamoDbClient client, String table, String id) {
        client.putItem(b -> b.tableName(table).item(Map.of("UserID", s(id), "Hits", n(0))));
    }

    public static long read(DynamoDbClient client, String table, String id) {
        return Long.parseLong(
                client.getItem(b -> b.tableName(table).key(UsersTable.key(id)).consistentRead(true))
                        .item()
                        .get("Hits")
                        .n());
    }

    // tag::atomic[]
    public static int atomicIncrement(DynamoDbClient client, String table, String id, Runnable pause) {
        pause.run(); // nothing is read: the server does the arithmetic on the current value
        client.updateItem(b -> b.tableName(table)
                .key(UsersTable.key(id))
                .updateExpression("ADD Hits :one")
                .expressionAttributeValues(Map.of(":one", n(1))));
        return 1;
    }
    // end::atomic[]

    // tag::unsafe[]
    /** WRONG on purpose: whoever writes last overwrites what the others wrote meanwhile. */
    public static int unsafeIncrement(DynamoDbClient client, String table, String id, Runnable pause) {
        long seen = read(client, table, id);
        pause.run();
        client.updateItem(b -> b.tableName(table)
                .key(UsersTable.key(id))
                .updateExpression("SET Hits = :next")
                .expressionAttributeValues(Map.of(":next", n(seen + 1))));
        return 1;
    }
    // end::unsafe[]

    // tag::optimistic[]
    /** Read, compute, write only if the value is still the one read; on conflict, start again. */
    public static int optimisticIncrement(DynamoDbClient client, String table, String id, Runnable pause) {
        for (int attempt = 1; attempt <= 50; attempt++) {
            long seen = read(client, table, id);
            if (attempt == 1) {
                pause.run();
            }
            try {
                client.updateItem(b -> b.tableName(table)
                        .key(UsersTable.key(id))
                        .updateExpression("SET Hits = :next")
                        .conditionExpression("Hits = :seen") // the value doubles as the version here
                        .expressionAttributeValues(Map.of(":seen", n(seen), ":next", n(seen + 1))));
                return attempt;
            } catch (ConditionalCheckFailedException conflict) {
                // Someone else wrote first: our value is stale. Re-read and try again.
            }
        }
        throw new IllegalStateException("Gave up after 50 conflicting attempts on " + id);
    }
    // end::optimistic[]

    // tag::run[]
    /**
     * Runs {@code workers} threads, each doing {@code rounds} increments. In lockstep, every round
     * all workers read before any of them writes (a barrier), which forces the worst interleaving
     * every time instead of hoping for it. Returns the total number of attempts.
     */
    public static int run(int workers, int rounds, boolean lockstep, Increment increment) {
        CyclicBarrier barrier = new CyclicBarrier(workers);
        Runnable pause = lockstep ? () -> await(barrier) : () -> {};
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                results.add(pool.submit(() -> {
                    int attempts = 0;
                    for (int r = 0; r < rounds; r++) {
                        attempts += increment.apply(pause);
                        pause.run(); // in lockstep, nobody starts the next round before all have written
                    }
                    return attempts;
                }));
            }
            int total = 0;
            for (Future<Integer> result : results) {
                total += result.get();
            }
            return total;
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException("A worker failed", e);
        } finally {
            pool.shutdownNow();
        }
    }
    // end::run[]

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (InterruptedException | BrokenBarrierException e) {
            throw new IllegalStateException("Workers lost each other at the barrier", e);
        }
    }

    static void demo(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("Concurrency: 4 workers x 25 increments of one counter, in lockstep");
        DynamoDbClient client = ddb.client();
        String table = UsersTable.create(tables, "Counters");
        List<List<String>> rows = new ArrayList<>(List.of(List.of("strategy", "final", "attempts")));
        reset(client, table, "page");
        int a = run(4, 25, true, p -> atomicIncrement(client, table, "page", p));
        rows.add(List.of("ADD Hits :one", "" + read(client, table, "page"), "" + a));
        reset(client, table, "page");
        int o = run(4, 25, true, p -> optimisticIncrement(client, table, "page", p));
        rows.add(List.of("read + conditional write", "" + read(client, table, "page"), "" + o));
        reset(client, table, "page");
        int u = run(4, 25, true, p -> unsafeIncrement(client, table, "page", p));
        rows.add(List.of("read + blind write", "" + read(client, table, "page"), "" + u));
        Narrator.table(rows);
        Narrator.say("Expected 100. The blind writes all wrote the same value each round: 75 lost.");
    }

    public static void main(String[] args) {
        try (DynamoDbBackend ddb = DynamoDbBackend.open();
                Tables tables = Tables.forWalkthrough(ddb)) {
            demo(ddb, tables);
        }
    }
}
