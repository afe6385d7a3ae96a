package com.example.dynamodb.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@DynamoDbTest(sdkClient = true)
class BatchLoaderTest {

    private static List<Map<String, AttributeValue>> items(int count) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            items.add(Map.of("id", AttributeValue.fromS("item-" + i), "n", AttributeValue.fromN(String.valueOf(i))));
        }
        return items;
    }

    private static String table(Tables tables) {
        String name = tables.reserve("Loaded");
        tables.createAndWait(DynamoDbBackendTest.simpleTable(name));
        return name;
    }

    private static int count(DynamoDbClient client, String table) {
        return client.scan(b -> b.tableName(table).consistentRead(true)).count();
    }

    @Test
    @DisplayName("60 items are written in ceil(60 / 25) = 3 calls when nothing comes back")
    void writesInChunksOf25(DynamoDbClient client, Tables tables) {
        String table = table(tables);

        assertThat(BatchLoader.putAll(client, table, items(60))).isEqualTo(3);
        assertThat(count(client, table)).isEqualTo(60);
    }

    @Test
    @DisplayName("unprocessed items are re-sent until every item is written exactly once")
    void resendsUnprocessedItems(DynamoDbBackend backend, Tables tables) {
        String table = table(tables);
        UnprocessedItemsInjector faults = new UnprocessedItemsInjector("id", 3);

        try (DynamoDbClient client = backend.newClient(b ->
                b.overrideConfiguration(o -> o.addExecutionInterceptor(faults).retryStrategy(RetryMode.STANDARD)))) {
            // 20 items, one chunk: the first three calls write half of what is left (10, 5, 3),
            // the 4th call writes the last 2.
            assertThat(BatchLoader.putAll(client, table, items(20))).isEqualTo(4);
            assertThat(count(client, table)).isEqualTo(20);
        }
        assertThat(faults.timesSent())
                .hasSize(20)
                .allSatisfy((id, times) -> assertThat(times).isOne());
    }

    @Test
    @DisplayName("a batch that never gets through fails loudly, saying how much is left")
    void givesUp(DynamoDbBackend backend, Tables tables) {
        String table = table(tables);
        UnprocessedItemsInjector faults = new UnprocessedItemsInjector("id", Integer.MAX_VALUE);

        try (DynamoDbClient client = backend.newClient(b ->
                b.overrideConfiguration(o -> o.addExecutionInterceptor(faults).retryStrategy(RetryMode.STANDARD)))) {
            // Each call writes half of what is left: 8 -> 4 -> 2 -> 1 after 3 attempts.
            assertThatThrownBy(() -> BatchLoader.putAll(client, table, items(8), 3))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("1 item(s) of " + table + " still unprocessed after 3 attempts");
            // What was written stays written: a batch is not a transaction.
            assertThat(count(client, table)).isEqualTo(7);
        }
    }
}
