package com.example.dynamodb.performance;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@DynamoDbTest(sdkClient = true)
class HttpClientsTest {

    private static final Map<String, AttributeValue> ITEM =
            Map.of("pk", AttributeValue.fromS("h"), "v", AttributeValue.fromN("42"));

    @Test
    @DisplayName("Apache (pooled) and URLConnection, each with its timeouts, write and read the same item"
            + " (Netty with its settings: AsyncThroughputTest's shared client)")
    void everyClientWorks(DynamoDbBackend backend, DynamoDbClient plain, Tables tables) {
        String table = TableSetup.create(plain, tables, "Http", false);
        Map<String, AttributeValue> key = Map.of("pk", ITEM.get("pk"));

        try (DynamoDbClient apache = backend.newClient(b -> b.httpClientBuilder(HttpClients.apache(20)));
                DynamoDbClient urlConnection =
                        backend.newClient(b -> b.httpClientBuilder(HttpClients.urlConnection()))) {
            apache.putItem(b -> b.tableName(table).item(ITEM));
            assertThat(urlConnection
                            .getItem(b -> b.tableName(table).key(key).consistentRead(true))
                            .item())
                    .isEqualTo(ITEM);
            urlConnection.deleteItem(b -> b.tableName(table).key(key));
            assertThat(apache.getItem(b -> b.tableName(table).key(key).consistentRead(true))
                            .hasItem())
                    .isFalse();
        }
    }
}
