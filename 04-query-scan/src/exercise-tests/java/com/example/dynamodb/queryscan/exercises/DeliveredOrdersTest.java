package com.example.dynamodb.queryscan.exercises;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.RecordingClient;
import com.example.dynamodb.support.Tables;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Exercise 04.1: what "done" means for {@link DeliveredOrders}. Customer c1 has 35 orders, read 10
 * per page: the first page holds 5 Delivered orders, the second and third none at all, the fourth 3.
 */
@DynamoDbTest
@DisplayName("Exercise 04.1 Pagination past empty pages")
class DeliveredOrdersTest {

    /** c1's orders that are Delivered: 0, 2, 4, 6, 8 (page 1) and 30, 32, 34 (page 4). */
    private static final List<Integer> C1_DELIVERED = List.of(0, 2, 4, 6, 8, 30, 32, 34);

    private static final int MAX_CALLS = 50;

    private DynamoDbClient client;
    private String table;

    @BeforeEach
    void createAndFill(DynamoDbClient client, Tables tables) {
        this.client = client;
        this.table = tables.reserve("Orders");
        tables.createAndWait(CreateTableRequest.builder()
                .tableName(table)
                .attributeDefinitions(attribute("customerId"), attribute("orderKey"))
                .keySchema(key("customerId", KeyType.HASH), key("orderKey", KeyType.RANGE))
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .build());
        for (int i = 0; i < 35; i++) {
            put("c1", i, C1_DELIVERED.contains(i) ? "Delivered" : i % 2 == 0 ? "Shipped" : "Cancelled");
        }
        for (int i = 0; i < 12; i++) {
            put("c2", i, "Delivered"); // another customer: never in c1's answer
            put("c3", i, "Shipped"); // a customer with no Delivered order
        }
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

    private static String orderId(String customerId, int i) {
        return String.format("o-%s-%02d", customerId, i);
    }

    private void put(String customerId, int i, String status) {
        String date =
                Instant.parse("2024-01-01T09:00:00Z").plus(i, ChronoUnit.DAYS).toString();
        client.putItem(b -> b.tableName(table)
                .item(Map.of(
                        "customerId", AttributeValue.fromS(customerId),
                        "orderKey", AttributeValue.fromS(date + "#" + orderId(customerId, i)),
                        "orderId", AttributeValue.fromS(orderId(customerId, i)),
                        "status", AttributeValue.fromS(status))));
    }

    /** The client handed to your code: it records every request, and stops a loop that never ends. */
    private RecordingClient recorder() {
        RecordingClient recorder = RecordingClient.of(client);
        return recorder.beforeEachRequest(request -> {
            if (recorder.calls().size() >= MAX_CALLS) {
                throw new AssertionError("More than " + MAX_CALLS + " requests for 35 orders: does the loop"
                        + " send each LastEvaluatedKey as the next ExclusiveStartKey, and stop when there is none?");
            }
        });
    }

    private static List<String> orderIds(List<Map<String, AttributeValue>> items) {
        return items.stream().map(i -> i.get("orderId").s()).toList();
    }

    @Test
    @DisplayName("every Delivered order of c1 comes back, oldest first, although pages 2 and 3 return none")
    void readsPastEmptyPages() {
        List<Map<String, AttributeValue>> delivered =
                DeliveredOrders.deliveredOrders(recorder().client(), table, "c1");

        assertThat(orderIds(delivered))
                .containsExactlyElementsOf(
                        C1_DELIVERED.stream().map(i -> orderId("c1", i)).toList());
    }

    @Test
    @DisplayName("each page is read once: 4 Queries for 35 orders, each with Limit 10 and the status filter")
    void fourPagesSameRequest() {
        RecordingClient recorder = recorder();

        DeliveredOrders.deliveredOrders(recorder.client(), table, "c1");

        List<QueryRequest> queries = recorder.requests(QueryRequest.class);
        assertThat(queries).as("Query requests sent").hasSize(4);
        assertThat(queries).allSatisfy(q -> {
            assertThat(q.limit()).as("Limit").isEqualTo(DeliveredOrders.PAGE_SIZE);
            assertThat(q.filterExpression()).as("FilterExpression").isEqualTo("#st = :delivered");
        });
        assertThat(queries)
                .extracting(q -> q.exclusiveStartKey().isEmpty())
                .as("which requests start from the beginning (no ExclusiveStartKey)")
                .containsExactly(true, false, false, false);
    }

    @Test
    @DisplayName("a customer without Delivered orders gets an empty list, after reading both of its pages")
    void noneDelivered() {
        RecordingClient recorder = recorder();

        assertThat(DeliveredOrders.deliveredOrders(recorder.client(), table, "c3"))
                .isEmpty();
        assertThat(recorder.requests(QueryRequest.class))
                .as("Query requests for 12 orders")
                .hasSize(2);
    }

    @Test
    @DisplayName("only the customer's own orders come back: c2's twelve Delivered orders, none of c1's")
    void onlyThatCustomer() {
        List<String> ids = orderIds(DeliveredOrders.deliveredOrders(recorder().client(), table, "c2"));

        assertThat(ids)
                .containsExactlyElementsOf(
                        IntStream.range(0, 12).mapToObj(i -> orderId("c2", i)).toList());
    }
}
