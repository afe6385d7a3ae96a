package com.example.dynamodb.crud;

import static com.example.dynamodb.crud.UsersTable.n;
import static com.example.dynamodb.crud.UsersTable.s;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** What @DynamoDbAtomicCounter writes, on the raw item (SDK 2.59.1). */
@DynamoDbTest
class AtomicCountersTest {

    private static DynamoDbTable<ApiQuota> quotas(DynamoDbEnhancedClient enhanced, Tables tables) {
        return enhanced.table(UsersTable.create(tables, "Users"), TableSchema.fromBean(ApiQuota.class));
    }

    private static Map<String, AttributeValue> stored(DynamoDbClient client, String table) {
        return client.getItem(b -> b.tableName(table).key(UsersTable.key("ada")).consistentRead(true))
                .item();
    }

    @Test
    @DisplayName("the first update stores the start values (1 and 99), each next one adds the delta (+1 and -1)")
    void startAndDelta(DynamoDbEnhancedClient enhanced, DynamoDbClient client, Tables tables) {
        DynamoDbTable<ApiQuota> quotas = quotas(enhanced, tables);

        AtomicCounters.recordCall(quotas, "ada");
        assertThat(stored(client, quotas.tableName()))
                .isEqualTo(Map.of("UserID", s("ada"), "Calls", n(1), "Remaining", n(99)));
        ApiQuota second = AtomicCounters.recordCall(quotas, "ada");

        assertThat(stored(client, quotas.tableName()))
                .isEqualTo(Map.of("UserID", s("ada"), "Calls", n(2), "Remaining", n(98)));
        assertThat(second.getCalls()).isEqualTo(2L);
        assertThat(second.getRemaining()).isEqualTo(98L);
    }

    @Test
    @DisplayName("the value a bean holds for a counter is never sent: the server's count goes on")
    void beanValueIgnored(DynamoDbEnhancedClient enhanced, DynamoDbClient client, Tables tables) {
        DynamoDbTable<ApiQuota> quotas = quotas(enhanced, tables);
        AtomicCounters.recordCall(quotas, "ada");
        ApiQuota tampered = new ApiQuota();
        tampered.setUserId("ada");
        tampered.setCalls(1_000L);
        tampered.setRemaining(1_000L);

        quotas.updateItem(tampered);

        assertThat(stored(client, quotas.tableName()))
                .containsEntry("Calls", n(2))
                .containsEntry("Remaining", n(98));
    }

    @Test
    @DisplayName("4 threads x 5 updates: every one of the 20 increments counts")
    void concurrentIncrementsAllCount(DynamoDbEnhancedClient enhanced, DynamoDbClient client, Tables tables)
            throws Exception {
        DynamoDbTable<ApiQuota> quotas = quotas(enhanced, tables);
        AtomicCounters.recordCall(quotas, "ada"); // Calls 1, Remaining 99
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                workers.add(pool.submit(() -> {
                    for (int i = 0; i < 5; i++) {
                        AtomicCounters.recordCall(quotas, "ada");
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(stored(client, quotas.tableName()))
                .containsEntry("Calls", n(21))
                .containsEntry("Remaining", n(79));
    }

    @Test
    @DisplayName("a putItem writes the start values: it resets counters that were counting")
    void putResetsCounters(DynamoDbEnhancedClient enhanced, DynamoDbClient client, Tables tables) {
        DynamoDbTable<ApiQuota> quotas = quotas(enhanced, tables);
        for (int i = 0; i < 3; i++) {
            AtomicCounters.recordCall(quotas, "ada");
        }
        ApiQuota replacement = new ApiQuota();
        replacement.setUserId("ada");

        quotas.putItem(replacement);

        assertThat(stored(client, quotas.tableName()))
                .isEqualTo(Map.of("UserID", s("ada"), "Calls", n(1), "Remaining", n(99)));
    }
}
