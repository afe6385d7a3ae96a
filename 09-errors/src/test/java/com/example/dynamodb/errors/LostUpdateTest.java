package com.example.dynamodb.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

@DynamoDbTest(sdkClient = true)
class LostUpdateTest {

    @Test
    @DisplayName("two blind writes from the same read lose one update: 100 + 10 + 20 ends at 120")
    void blindWritesLoseAnUpdate(DynamoDbClient client, Tables tables) {
        String table = AccountsTable.create(tables, "Accounts");
        AccountsTable.open(client, table, "alice", "alice", 100);

        LostUpdate.writeBlindly(client, table, "alice", 100, 10); // worker A, read 100
        LostUpdate.writeBlindly(client, table, "alice", 100, 20); // worker B, also read 100

        assertThat(AccountsTable.balance(client, table, "alice")).isEqualTo(120);
    }

    @Test
    @DisplayName("with a condition, the stale writer is refused, re-reads, and both updates count: 130")
    void guardedWritesKeepBoth(DynamoDbClient client, Tables tables) {
        String table = AccountsTable.create(tables, "Accounts");
        AccountsTable.open(client, table, "alice", "alice", 100);

        assertThat(LostUpdate.writeIfUnchanged(client, table, "alice", 100, 10)).isTrue();
        assertThat(LostUpdate.writeIfUnchanged(client, table, "alice", 100, 20)).isFalse();
        assertThat(AccountsTable.balance(client, table, "alice")).isEqualTo(110);
        assertThat(LostUpdate.addWithRetry(client, table, "alice", 20)).isZero();

        assertThat(AccountsTable.balance(client, table, "alice")).isEqualTo(130);
    }

    @Test
    @DisplayName("three threads adding 1 five times each lose nothing: the balance is exactly 15")
    void concurrentWorkers(DynamoDbClient client, Tables tables) throws Exception {
        String table = AccountsTable.create(tables, "Accounts");
        AccountsTable.open(client, table, "alice", "alice", 0);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Future<Integer>> refusals = new ArrayList<>();

        try {
            for (int worker = 0; worker < 3; worker++) {
                refusals.add(pool.submit(() -> {
                    int refused = 0;
                    for (int i = 0; i < 5; i++) {
                        refused += LostUpdate.addWithRetry(client, table, "alice", 1);
                    }
                    return refused;
                }));
            }
            for (Future<Integer> f : refusals) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(AccountsTable.balance(client, table, "alice")).isEqualTo(15);
    }

    @Test
    @DisplayName("adding to a missing account says so, instead of failing on a null")
    void missingAccount(DynamoDbClient client, Tables tables) {
        String table = AccountsTable.create(tables, "Accounts");

        assertThatThrownBy(() -> LostUpdate.addWithRetry(client, table, "nobody", 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("No account nobody with a balance in " + table);
    }
}
