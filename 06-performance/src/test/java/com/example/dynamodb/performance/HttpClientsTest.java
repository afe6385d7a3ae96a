package com.example.dynamodb.performance;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@DynamoDbTest(sdkClient = true)
class HttpClientsTest {

    private static final Map<String, AttributeValue> ITEM =
            Map.of("pk", AttributeValue.fromS("h"), "v", AttributeValue.fromN("42"));

    @Test
    @DisplayName(
            "Apache (pooled), URLConnection and Netty (async), each with its timeouts, write and read the same item")
    void everyClientWorks(DynamoDbBackend backend, DynamoDbClient plain, Tables tables) {
        String table = TableSetup.create(plain, tables, "Http", MeasureCapacity.table("Http", false));
        Map<String, AttributeValue> key = Map.of("pk", ITEM.get("pk"));

        try (DynamoDbClient apache = backend.newClient(b -> b.httpClientBuilder(HttpClients.apache(20)));
                DynamoDbClient urlConnection =
                        backend.newClient(b -> b.httpClientBuilder(HttpClients.urlConnection()));
                DynamoDbAsyncClient netty = backend.newAsyncClient(b -> b.httpClientBuilder(HttpClients.netty(20)))) {
            apache.putItem(b -> b.tableName(table).item(ITEM));
            assertThat(urlConnection
                            .getItem(b -> b.tableName(table).key(key).consistentRead(true))
                            .item())
                    .isEqualTo(ITEM);
            assertThat(netty.getItem(b -> b.tableName(table).key(key).consistentRead(true))
                            .join()
                            .item())
                    .isEqualTo(ITEM);
            netty.deleteItem(b -> b.tableName(table).key(key)).join();
            assertThat(apache.getItem(b -> b.tableName(table).key(key).consistentRead(true))
                            .hasItem())
                    .isFalse();
        }
    }
}
