package com.example.dynamodb.queryscan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.dynamodb.support.DynamoDbTest;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

@DynamoDbTest
@ExtendWith(SeededOrders.Extension.class)
class QueryIndexesTest {

    @Test
    @DisplayName("the GSI returns one status's orders of a month across all customers, by date")
    void gsi(DynamoDbClient client, SeededOrders orders) {
        var expected = orders.where(i ->
                i.get("status").s().equals("Shipped") && i.get("orderDate").s().startsWith("2024-03"));

        var found = QueryIndexes.byStatusInMonth(client, orders.table(), "Shipped", "2024-03");

        assertThat(found)
                .extracting(QueryIndexesTest::sk)
                .containsExactlyInAnyOrderElementsOf(
                        expected.stream().map(QueryIndexesTest::sk).toList());
        assertThat(found.stream().map(i -> i.get("customerId").s()).distinct()).hasSizeGreaterThan(1);
        assertThat(found).extracting(i -> i.get("orderDate").s()).isSortedAccordingTo(Comparator.naturalOrder());
    }

    @Test
    @DisplayName("a GSI returns only the projected attributes: keys and amount, no notes")
    void gsiProjection(DynamoDbClient client, SeededOrders orders) {
        var found = QueryIndexes.byStatusInMonth(client, orders.table(), "Delivered", "2024-05");
        assertThat(found)
                .isNotEmpty()
                .allSatisfy(
                        i -> assertThat(i).containsOnlyKeys("customerId", "orderKey", "status", "orderDate", "amount"));
    }

    @Test
    @DisplayName("the LSI returns the customer's orders of at least 500, sorted by amount")
    void lsi(DynamoDbClient client, SeededOrders orders) {
        BigDecimal min = new BigDecimal("500");
        var expected = orders.ofCustomer("c042").stream()
                .filter(i -> new BigDecimal(i.get("amount").n()).compareTo(min) >= 0)
                .toList();

        var found = QueryIndexes.ordersOfAtLeast(client, orders.table(), "c042", min);

        assertThat(found).hasSize(expected.size()).isNotEmpty();
        assertThat(found)
                .extracting(i -> new BigDecimal(i.get("amount").n()))
                .isSortedAccordingTo(Comparator.naturalOrder())
                .allSatisfy(a -> assertThat(a).isGreaterThanOrEqualTo(min));
        assertThat(found)
                .extracting(QueryIndexesTest::sk)
                .containsExactlyInAnyOrderElementsOf(
                        expected.stream().map(QueryIndexesTest::sk).toList());
    }

    @Test
    @DisplayName("a strongly consistent read on a GSI is rejected")
    void gsiConsistentRead(DynamoDbClient client, SeededOrders orders) {
        assertThatThrownBy(() -> client.query(b -> b.tableName(orders.table())
                        .indexName(OrdersTable.STATUS_INDEX)
                        .keyConditionExpression("#st = :s")
                        .expressionAttributeNames(Map.of("#st", "status"))
                        .expressionAttributeValues(Map.of(":s", AttributeValue.fromS("Shipped")))
                        .consistentRead(true)))
                .isInstanceOf(DynamoDbException.class)
                .hasMessageContaining("Consistent reads are not supported on global secondary indexes");
    }

    private static String sk(Map<String, AttributeValue> item) {
        return item.get(OrdersTable.SK).s();
    }
}
