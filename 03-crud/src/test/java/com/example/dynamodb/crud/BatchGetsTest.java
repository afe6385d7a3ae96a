package com.example.dynamodb.crud;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

@DynamoDbTest
class BatchGetsTest {

    private static final int BIG = 380_000; // characters of padding: just under the 400 KB limit
    private static final int SIXTEEN_MB = 16 * 1024 * 1024;

    private static Backoff noSleepBackoff() {
        return new Backoff(10, 80, 10, new Random(7), millis -> {});
    }

    private static List<String> ids(List<Map<String, AttributeValue>> items) {
        List<String> ids = new ArrayList<>();
        items.forEach(i -> ids.add(i.get("UserID").s()));
        return ids;
    }

    @Test
    @Tag("capacity") // a 16 MB BatchGetItem; dynalite 4.0.0 stops near 1 MB, beyond the loop's 10 calls
    @DisplayName("past 16 MB one BatchGetItem returns UnprocessedKeys; both loops read every item")
    void unprocessedKeysPast16Mb(DynamoDbBackend backend, DynamoDbClient client, Tables tables) {
        String table = UsersTable.create(tables, "Users");
        int count = SIXTEEN_MB / BIG + 4; // a few items more than one response can carry
        List<Map<String, AttributeValue>> users = BatchWrites.users(count, BIG);
        BatchWrites.putAll(client, table, users, noSleepBackoff());
        List<Map<String, AttributeValue>> keys =
                ids(users).stream().map(UsersTable::key).toList();

        // One raw call first, to prove DynamoDB Local really stops at 16 MB.
        BatchGetItemResponse raw = client.batchGetItem(b -> b.requestItems(
                Map.of(table, KeysAndAttributes.builder().keys(keys).build())));
        assertThat(raw.responses().get(table)).hasSizeLessThan(count);
        assertThat(raw.unprocessedKeys().get(table).keys())
                .hasSize(count - raw.responses().get(table).size());

        List<Long> waits = new ArrayList<>();
        Backoff backoff = new Backoff(10, 80, 10, new Random(7), waits::add); // records instead of sleeping
        BatchGets.Result result = BatchGets.getAll(client, table, ids(users), backoff);

        assertThat(ids(result.items())).containsExactlyInAnyOrderElementsOf(ids(users));
        assertThat(result.calls()).isGreaterThan(1);
        assertThat(result.retries()).isEqualTo(result.calls() - 1).isEqualTo(waits.size());

        // The Enhanced Client's pages follow UnprocessedKeys too: more than one page, every user.
        EnhancedBatch.Read enhanced =
                EnhancedBatch.getAll(backend.enhancedClient(), PutItems.usersTable(backend, table), ids(users));
        assertThat(enhanced.pages()).isGreaterThan(1);
        assertThat(enhanced.users()).extracting(User::getUserId).containsExactlyInAnyOrderElementsOf(ids(users));
    }

    @Test
    @DisplayName("250 keys go out in ceil(250 / 100) = 3 calls; a key with no item is simply absent")
    void chunksOf100(DynamoDbClient client, Tables tables) {
        String table = UsersTable.create(tables, "Users");
        List<Map<String, AttributeValue>> users = BatchWrites.users(249, 10);
        BatchWrites.putAll(client, table, users, noSleepBackoff());
        List<String> wanted = new ArrayList<>(ids(users));
        wanted.add("nobody");

        BatchGets.Result result = BatchGets.getAll(client, table, wanted, noSleepBackoff());

        assertThat(result.calls()).isEqualTo((250 + 99) / 100);
        assertThat(result.retries()).isZero();
        assertThat(ids(result.items())).containsExactlyInAnyOrderElementsOf(ids(users));
    }
}
