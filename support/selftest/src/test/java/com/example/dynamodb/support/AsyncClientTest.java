package com.example.dynamodb.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@DynamoDbTest(sdkClient = true)
class AsyncClientTest {

    @Test
    @DisplayName("an item written by the async client is read back by the sync client: one database")
    void asyncWriteSyncRead(DynamoDbBackend backend, DynamoDbClient client, Tables tables) {
        String table = tables.reserve("Async");
        tables.createAndWait(DynamoDbBackendTest.simpleTable(table));
        Map<String, AttributeValue> item = Map.of("id", AttributeValue.fromS("a1"), "n", AttributeValue.fromN("7"));

        try (DynamoDbAsyncClient async = backend.newAsyncClient(b -> {})) {
            async.putItem(b -> b.tableName(table).item(item)).join();
        }

        assertThat(client.getItem(b -> b.tableName(table).key(Map.of("id", AttributeValue.fromS("a1"))))
                        .item())
                .isEqualTo(item);
    }
}
