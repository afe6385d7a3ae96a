package com.example.dynamodb.queryscan.exercises;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.RecordingClient;
import com.example.dynamodb.support.Tables;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

/**
 * Exercise 04.2: what "done" means for {@link StatusInMonth}. Ten orders of three customers, with
 * Shipped orders on both sides of March's boundaries.
 */
@DynamoDbTest
@DisplayName("Exercise 04.2 Orders of a status in a month")
class StatusInMonthTest {

    private DynamoDbClient client;
    private String table;

    @BeforeEach
    void createAndFill(DynamoDbClient client, Tables tables) {
        this.client = client;
        this.table = tables.reserve("Orders");
        tables.createAndWait(CreateTableRequest.builder()
                .tableName(table)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                        attribute("customerId"), attribute("orderKey"), attribute("status"), attribute("orderDate"))
                .keySchema(key("customerId", KeyType.HASH), key("orderKey", KeyType.RANGE))
                .globalSecondaryIndexes(GlobalSecondaryIndex.builder()
                        .indexName(StatusInMonth.STATUS_INDEX)
                        .keySchema(key("status", KeyType.HASH), key("orderDate", KeyType.RANGE))
                        .projection(
                                p -> p.projectionType(ProjectionType.INCLUDE).nonKeyAttributes("amount"))
                        .build())
                .build());
        put("c1", "o-1", "2024-02-29T23:59:59Z", "Shipped");
        put("c1", "o-2", "2024-03-01T00:00:00Z", "Shipped");
        put("c1", "o-3", "2024-03-15T12:00:00Z", "Delivered");
        put("c1", "o-4", "2024-03-31T23:59:59Z", "Shipped");
        put("c2", "o-5", "2024-03-10T08:30:00Z", "Shipped");
        put("c2", "o-6", "2024-04-01T00:00:00Z", "Shipped");
        put("c2", "o-7", "2024-02-10T10:00:00Z", "Delivered");
        put("c3", "o-8", "2024-03-20T17:45:00Z", "Shipped");
        put("c3", "o-9", "2024-03-05T09:00:00Z", "Cancelled");
        put("c3", "o-10", "2024-02-29T12:00:00Z", "Delivered");
    }

    private static AttributeDefinition attribute(String name) {
        return AttributeDefinition.builder()
                .attributeName(name)
                .attributeType(ScalarAttributeType.S)
                .build();
    }

    private static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }

    private void put(String customerId, String orderId, String orderDate, String status) {
        client.putItem(b -> b.tableName(table)
                .item(Map.of(
                        "customerId", AttributeValue.fromS(customerId),
                        "orderKey", AttributeValue.fromS(orderDate + "#" + orderId),
                        "orderId", AttributeValue.fromS(orderId),
                        "orderDate", AttributeValue.fromS(orderDate),
                        "status", AttributeValue.fromS(status),
                        "amount", AttributeValue.fromN("42.50"))));
    }

    /** The order id is the end of the table's sort key, which every index entry carries. */
    private static List<String> orderIds(List<Map<String, AttributeValue>> items) {
        return items.stream()
                .map(i -> i.get("orderKey").s().substring(i.get("orderKey").s().indexOf('#') + 1))
                .toList();
    }

    @Test
    @DisplayName(
            "March's Shipped orders of all customers come back oldest first, from 1 March 00:00:00 to 31 March 23:59:59")
    void shippedInMarch() {
        List<Map<String, AttributeValue>> orders =
                StatusInMonth.ordersOfStatusInMonth(client, table, "Shipped", YearMonth.of(2024, 3));

        // Not o-1 (29 February 23:59:59), not o-6 (1 April 00:00:00), not o-3 or o-9 (other statuses).
        assertThat(orderIds(orders)).containsExactly("o-2", "o-5", "o-8", "o-4");
    }

    @Test
    @DisplayName("February 2024's Delivered orders include the 29th, a leap day")
    void deliveredInFebruary() {
        List<Map<String, AttributeValue>> orders =
                StatusInMonth.ordersOfStatusInMonth(client, table, "Delivered", YearMonth.of(2024, 2));

        assertThat(orderIds(orders)).containsExactly("o-7", "o-10");
    }

    @Test
    @DisplayName(
            "the month is in the key condition: Queries on the index, no filter, nothing read that is not returned")
    void readsOnlyTheMonth() {
        RecordingClient recorder = RecordingClient.of(client);

        List<Map<String, AttributeValue>> orders =
                StatusInMonth.ordersOfStatusInMonth(recorder.client(), table, "Shipped", YearMonth.of(2024, 3));

        assertThat(orders).hasSize(4);
        assertThat(recorder.requests(ScanRequest.class)).as("Scan requests").isEmpty();
        assertThat(recorder.requests(QueryRequest.class))
                .as("Query requests")
                .isNotEmpty()
                .allSatisfy(q -> {
                    assertThat(q.indexName()).as("IndexName").isEqualTo(StatusInMonth.STATUS_INDEX);
                    assertThat(q.filterExpression())
                            .as("FilterExpression (applied after the read: the whole status would be read and billed)")
                            .isNull();
                });
        assertThat(recorder.responses(QueryResponse.class).stream()
                        .mapToInt(QueryResponse::scannedCount)
                        .sum())
                .as("index entries read (ScannedCount) for the 4 returned; Shipped has 6 in all")
                .isEqualTo(4);
    }

    @Test
    @DisplayName("a month without such orders gives an empty list")
    void emptyMonth() {
        assertThat(StatusInMonth.ordersOfStatusInMonth(client, table, "Cancelled", YearMonth.of(2024, 4)))
                .isEmpty();
    }
}
