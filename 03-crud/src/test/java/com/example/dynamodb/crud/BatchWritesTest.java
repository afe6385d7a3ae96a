package com.example.dynamodb.crud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.UnprocessedItemsInjector;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@DynamoDbTest(sdkClient = true)
class BatchWritesTest {

    /** Records the waits instead of sleeping: the test stays fast and can check them. */
    private static Backoff recordingBackoff(int maxAttempts, List<Long> waits) {
        return new Backoff(10, 80, maxAttempts, new Random(42), waits::add);
    }

    private static DynamoDbClient clientWith(DynamoDbBackend backend, UnprocessedItemsInjector faults) {
        return backend.newClient(b ->
                b.overrideConfiguration(o -> o.addExecutionInterceptor(faults).retryStrategy(RetryMode.STANDARD)));
    }

    private static List<String> idsIn(DynamoDbClient client, String table) {
        List<String> ids = new ArrayList<>();
        client.scanPaginator(b -> b.tableName(table).consistentRead(true))
                .items()
                .forEach(i -> ids.add(i.get("UserID").s()));
        return ids;
    }

    @Test
    @DisplayName("60 items go out in ceil(60 / 25) = 3 calls when nothing is left unprocessed")
    void chunksOf25(DynamoDbClient client, Tables tables) {
        String table = UsersTable.create(tables, "Users");

        BatchWrites.Result result =
                BatchWrites.putAll(client, table, BatchWrites.users(60, 10), recordingBackoff(5, new ArrayList<>()));

        assertThat(result.calls()).isEqualTo((60 + 24) / 25);
        assertThat(result.retries()).isZero();
        assertThat(idsIn(client, table)).hasSize(60);
    }

    @Test
    @DisplayName("unprocessed items are re-sent with backoff until every item lands exactly once")
    void retriesUnprocessedItems(DynamoDbBackend backend, Tables tables) {
        String table = UsersTable.create(tables, "Users");
        UnprocessedItemsInjector faults = new UnprocessedItemsInjector(UsersTable.PK, 4);
        List<Long> waits = new ArrayList<>();
        Backoff backoff = recordingBackoff(10, waits);
        List<Map<String, AttributeValue>> users = BatchWrites.users(30, 10);

        try (DynamoDbClient client = clientWith(backend, faults)) {
            BatchWrites.Result result = BatchWrites.putAll(client, table, users, backoff);

            // Chunk 1 (25 items): the 4 disturbed calls withhold 12, 6, 3, then 1 item; a 5th call
            // sends the last one. Chunk 2 (5 items) goes through in one call: 6 calls, 4 of them retries.
            assertThat(result.calls()).isEqualTo(faults.calls()).isEqualTo(6);
            assertThat(result.retries()).isEqualTo(result.calls() - 2);
            assertThat(idsIn(client, table)).hasSize(30);
        }
        // Exactly once: every key reached the server one time, none was sent twice or skipped.
        assertThat(faults.timesSent())
                .hasSize(30)
                .allSatisfy((id, times) -> assertThat(times).isOne());
        // Full jitter: each wait lies in [0, min(cap, base * 2^(retry-1))].
        assertThat(waits).hasSize(4);
        for (int i = 0; i < waits.size(); i++) {
            assertThat(waits.get(i)).isBetween(0L, backoff.ceiling(i + 1));
        }
    }

    @Test
    @DisplayName("a batch that never gets through fails after maxAttempts, naming what is left")
    void givesUpLoudly(DynamoDbBackend backend, Tables tables) {
        String table = UsersTable.create(tables, "Users");
        UnprocessedItemsInjector faults = new UnprocessedItemsInjector(UsersTable.PK, Integer.MAX_VALUE);

        try (DynamoDbClient client = clientWith(backend, faults)) {
            assertThatThrownBy(() -> BatchWrites.putAll(
                            client, table, BatchWrites.users(8, 10), recordingBackoff(3, new ArrayList<>())))
                    .isInstanceOf(IllegalStateException.class)
                    // 8 -> 4 -> 2 -> 1 left: each call writes half, so after 3 calls one item remains.
                    .hasMessageStartingWith("1 item(s) still unprocessed after 3 attempts");
            // What was processed stays written: a batch is not a transaction. 4 + 2 + 1 items.
            assertThat(idsIn(client, table)).hasSize(7);
        }
        assertThat(faults.timesSent().values().stream().collect(Collectors.toSet()))
                .containsOnly(1);
    }
}
