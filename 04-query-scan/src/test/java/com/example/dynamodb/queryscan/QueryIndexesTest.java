package com.example.dynamodb.queryscan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.dynamodb.support.DynamoDbTest;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
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
    @Tag("indexes") // an LSI fetches unprojected attributes from the table, billed on top
    @DisplayName("an LSI query that names an unprojected attribute fetches every item from the table, billed on top")
    void lsiFetchesUnprojectedAttributes(DynamoDbClient client, SeededOrders orders) {
        BigDecimal min = new BigDecimal("500");
        Map<String, Map<String, AttributeValue>> stored = orders.ofCustomer("c042").stream()
                .filter(i -> new BigDecimal(i.get("amount").n()).compareTo(min) >= 0)
                .collect(Collectors.toMap(QueryIndexesTest::sk, i -> i));

        var projected = QueryIndexes.ordersOfAtLeastWith(client, orders.table(), "c042", min, null);
        var fetched = QueryIndexes.ordersOfAtLeastWith(client, orders.table(), "c042", min, "orderKey, amount, notes");

        // What the index projects: no notes, and no read of the table.
        assertThat(projected.items())
                .hasSize(stored.size())
                .allSatisfy(i -> assertThat(i).doesNotContainKey("notes"));
        assertThat(projected.tableUnits()).isZero();
        // The index read is billed on the projected entries (keys, status, orderDate), rounded up per request.
        assertThat(projected.indexUnits())
                .isPositive()
                .isEqualTo(ItemSize.readUnits(ItemSize.total(projected.items()), true));
        // Asking for notes: each item comes back with the table's notes, and the table read is
        // billed on top of the same index read: one strongly consistent unit per item (each < 4 KB).
        assertThat(fetched.items())
                .hasSize(stored.size())
                .allSatisfy(i ->
                        assertThat(i.get("notes")).isEqualTo(stored.get(sk(i)).get("notes")));
        assertThat(stored.values()).allSatisfy(i -> assertThat(ItemSize.of(i)).isLessThan(ItemSize.READ_UNIT_BYTES));
        assertThat(fetched.indexUnits()).isEqualTo(projected.indexUnits());
        assertThat(fetched.tableUnits()).isEqualTo(stored.size());
    }

    @Test
    @Tag("local-differs") // AWS documents an index-only read here; DynamoDB Local 3.3.1 bills the table too
    @DisplayName("DynamoDB Local bills table reads even when a projection names only projected attributes")
    void localBillsTheTableForAnyProjection(DynamoDbClient client, SeededOrders orders) {
        // AWS documents an index-only read for this request; DynamoDB Local 3.3.1 fetches anyway.
        // Pinned here so that the README's "Verified locally" table stays true.
        var projectedByName = QueryIndexes.ordersOfAtLeastWith(
                client, orders.table(), "c042", new BigDecimal("500"), "orderKey, amount");

        assertThat(projectedByName.items()).allSatisfy(i -> assertThat(i).containsOnlyKeys("orderKey", "amount"));
        assertThat(projectedByName.tableUnits())
                .isEqualTo(projectedByName.items().size());
    }

    @Test
    @Tag("indexes") // DynamoDB refuses a GSI query that names an unprojected attribute
    @DisplayName("a GSI query that names an unprojected attribute is rejected: a GSI cannot fetch from the table")
    void gsiCannotFetch(DynamoDbClient client, SeededOrders orders) {
        assertThatThrownBy(() -> client.query(b -> b.tableName(orders.table())
                        .indexName(OrdersTable.STATUS_INDEX)
                        .keyConditionExpression("#st = :s")
                        .projectionExpression("orderKey, notes")
                        .expressionAttributeNames(Map.of("#st", "status"))
                        .expressionAttributeValues(Map.of(":s", AttributeValue.fromS("Shipped")))))
                .isInstanceOf(DynamoDbException.class)
                .hasMessageContaining("Global secondary index StatusDateIndex does not project [notes]");
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
