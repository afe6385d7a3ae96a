package com.example.dynamodb.crud;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

@DynamoDbTest
class ConcurrentUpdatesTest {

    private static final int WORKERS = 4;
    private static final int ROUNDS = 25;
    private static final Duration MAX_WAIT = Duration.ofSeconds(10);

    private final ExecutorService pool = Executors.newFixedThreadPool(WORKERS);

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    @Test
    @DisplayName("N threads x M atomic ADDs end at exactly N x M, free-running")
    void atomicAddLosesNothing(DynamoDbClient client, Tables tables) {
        String table = UsersTable.create(tables, "Counters");
        ConcurrentUpdates.reset(client, table, "c");

        int attempts = ConcurrentWorkers.run(
                pool, WORKERS, ROUNDS, false, MAX_WAIT, ConcurrentUpdates.atomic(client, table, "c"));

        assertThat(ConcurrentUpdates.read(client, table, "c")).isEqualTo(WORKERS * ROUNDS);
        assertThat(attempts).isEqualTo(WORKERS * ROUNDS);
    }

    @Test
    @DisplayName("N threads x M conditional read-modify-writes with retry end at exactly N x M")
    void optimisticLosesNothing(DynamoDbClient client, Tables tables) {
        String table = UsersTable.create(tables, "Counters");
        ConcurrentUpdates.reset(client, table, "c");

        int attempts = ConcurrentWorkers.run(
                pool, WORKERS, ROUNDS, false, MAX_WAIT, ConcurrentUpdates.optimistic(client, table, "c"));

        assertThat(ConcurrentUpdates.read(client, table, "c")).isEqualTo(WORKERS * ROUNDS);
        assertThat(attempts).isGreaterThanOrEqualTo(WORKERS * ROUNDS); // retries only add attempts
    }

    @Test
    @DisplayName("in lockstep, the conditional write detects every conflict and still loses nothing")
    void optimisticInLockstep(DynamoDbClient client, Tables tables) {
        String table = UsersTable.create(tables, "Counters");
        ConcurrentUpdates.reset(client, table, "c");

        int attempts = ConcurrentWorkers.run(
                pool, WORKERS, ROUNDS, true, MAX_WAIT, ConcurrentUpdates.optimistic(client, table, "c"));

        assertThat(ConcurrentUpdates.read(client, table, "c")).isEqualTo(WORKERS * ROUNDS);
        // Each round all workers read the same value; only one of them can win the first write,
        // so at least WORKERS - 1 conflicts (and retries) per round.
        assertThat(attempts - WORKERS * ROUNDS).isGreaterThanOrEqualTo((WORKERS - 1) * ROUNDS);
    }

    @Test
    @DisplayName("in lockstep, the same read-modify-write without a condition loses N-1 of N updates")
    void blindWritesLoseUpdates(DynamoDbClient client, Tables tables) {
        String table = UsersTable.create(tables, "Counters");
        ConcurrentUpdates.reset(client, table, "c");

        int attempts = ConcurrentWorkers.run(
                pool, WORKERS, ROUNDS, true, MAX_WAIT, ConcurrentUpdates.blind(client, table, "c"));

        // Every round, all workers read the same value v and all write v + 1: one increment survives.
        long finalValue = ConcurrentUpdates.read(client, table, "c");
        assertThat(attempts).isEqualTo(WORKERS * ROUNDS);
        assertThat(finalValue).isEqualTo(ROUNDS);
        assertThat(WORKERS * ROUNDS - finalValue).as("updates lost").isEqualTo((long) (WORKERS - 1) * ROUNDS);
    }

    @Test
    @DisplayName("in lockstep, atomic ADDs still end at exactly N x M")
    void atomicInLockstep(DynamoDbClient client, Tables tables) {
        String table = UsersTable.create(tables, "Counters");
        ConcurrentUpdates.reset(client, table, "c");

        ConcurrentWorkers.run(pool, WORKERS, ROUNDS, true, MAX_WAIT, ConcurrentUpdates.atomic(client, table, "c"));

        assertThat(ConcurrentUpdates.read(client, table, "c")).isEqualTo(WORKERS * ROUNDS);
    }
}
