package com.example.dynamodb.crud;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.UnprocessedItemsInjector;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

@DynamoDbTest(sdkClient = true)
class EnhancedBatchTest {

    private static List<User> users(int count) {
        List<User> users = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            users.add(new User(String.format("user-%03d", i), "u" + i + "@example.com", (long) i));
        }
        return users;
    }

    @Test
    @DisplayName("unprocessed beans are re-sent until every bean lands exactly once")
    void enhancedWriteRetriesUnprocessed(DynamoDbBackend backend, Tables tables) {
        String table = UsersTable.create(tables, "Users");
        UnprocessedItemsInjector faults = new UnprocessedItemsInjector(UsersTable.PK, 2);
        List<Long> waits = new ArrayList<>();
        Backoff backoff = new Backoff(10, 80, 10, new Random(3), waits::add); // records instead of sleeping

        try (DynamoDbClient client = backend.newClient(b ->
                b.overrideConfiguration(o -> o.addExecutionInterceptor(faults).retryStrategy(RetryMode.STANDARD)))) {
            DynamoDbEnhancedClient enhanced =
                    DynamoDbEnhancedClient.builder().dynamoDbClient(client).build();
            DynamoDbTable<User> users = enhanced.table(table, TableSchema.fromBean(User.class));

            // 20 beans, one chunk: 10 withheld, then 5, then the last 5 go through.
            EnhancedBatch.Written written = EnhancedBatch.putAll(enhanced, users, users(20), backoff);
            assertThat(written.calls()).isEqualTo(3);
            assertThat(written.retries()).isEqualTo(2).isEqualTo(waits.size());

            List<String> ids = users(20).stream().map(User::getUserId).toList();
            EnhancedBatch.Read read = EnhancedBatch.getAll(enhanced, users, ids);
            assertThat(read.users()).extracting(User::getUserId).containsExactlyInAnyOrderElementsOf(ids);
            assertThat(read.pages()).isOne();
        }
        assertThat(faults.timesSent())
                .hasSize(20)
                .allSatisfy((id, times) -> assertThat(times).isOne());
    }
}
