package com.example.dynamodb.modeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

@DynamoDbTest
class RejectedKeysTest {

    private static String table(DynamoDbClient client, Tables tables) {
        String table = tables.reserve("OrdersStrict");
        tables.createAndWait(GsiOrdersByCustomer.tableDefinition(table));
        return table;
    }

    private static int itemCount(DynamoDbClient client, String table) {
        return client.scan(b -> b.tableName(table)).count();
    }

    @Test
    @DisplayName("a table key of the wrong type is rejected and nothing is written")
    void wrongKeyType(DynamoDbClient client, Tables tables) {
        String table = table(client, tables);

        assertThatThrownBy(() -> RejectedKeys.put(client, table, Map.of("orderId", AttributeValue.fromN("1"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a table key attribute has a different type")
                .hasMessageContaining("Type mismatch for key")
                .hasCauseInstanceOf(DynamoDbException.class);
        assertThat(itemCount(client, table)).isZero();
    }

    @Test
    @DisplayName("an item without its key is rejected and nothing is written")
    void missingKey(DynamoDbClient client, Tables tables) {
        String table = table(client, tables);

        assertThatThrownBy(() -> RejectedKeys.put(client, table, Map.of("customerId", AttributeValue.fromS("C1"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs all the table's key attributes");
        assertThat(itemCount(client, table)).isZero();
    }

    @Test
    @DisplayName("a GSI key attribute of the wrong type makes DynamoDB reject the whole item")
    void wrongIndexKeyType(DynamoDbClient client, Tables tables) {
        String table = table(client, tables);

        assertThatThrownBy(() -> RejectedKeys.put(
                        client,
                        table,
                        Map.of(
                                "orderId",
                                AttributeValue.fromS("o-1"),
                                "customerId",
                                AttributeValue.fromN("7"),
                                "orderDate",
                                AttributeValue.fromS("2026-11-01"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("an index key attribute has a different type")
                .hasMessageContaining("Type mismatch for Index Key");
        assertThat(itemCount(client, table)).isZero();
    }

    @Test
    @DisplayName("an index query with a key condition on a non-key attribute is rejected")
    void keyConditionOnNonKeyAttribute(DynamoDbClient client, Tables tables) {
        String table = table(client, tables);
        GsiOrdersByCustomer.putOrder(client, table, new Order("o-1", "C1", "2026-11-01", 30));

        assertThatThrownBy(() ->
                        RejectedKeys.queryIndex(client, table, Order.BY_CUSTOMER, "total", AttributeValue.fromN("30")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("only the index's partition and sort key")
                .hasMessageContaining("Query condition missed key schema element");
        assertThat(RejectedKeys.queryIndex(client, table, Order.BY_CUSTOMER, "customerId", AttributeValue.fromS("C1")))
                .isEqualTo(1);
        assertThat(itemCount(client, table)).isEqualTo(1);
    }
}
