package com.example.dynamodb.queryscan;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.RecordingClient;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

@DynamoDbTest
@ExtendWith(SeededOrders.Extension.class)
class QueryWithEnhancedClientTest {

    @Test
    @DisplayName("sortBetween returns the same orders as the low-level BETWEEN query")
    void betweenMatchesLowLevel(DynamoDbClient client, DynamoDbEnhancedClient enhanced, SeededOrders orders) {
        var from = LocalDate.of(2024, 2, 1);
        var to = LocalDate.of(2024, 8, 31);
        var lowLevel = QueryByKeyCondition.ordersBetween(client, orders.table(), "c013", from, to);

        var beans = QueryWithEnhancedClient.ordersBetween(
                QueryWithEnhancedClient.table(enhanced, orders.table()), "c013", from, to);

        assertThat(lowLevel).isNotEmpty();
        assertThat(beans)
                .extracting(Order::getOrderKey)
                .containsExactlyElementsOf(QueryByKeyConditionTest.keys(lowLevel));
        assertThat(beans)
                .extracting(o -> o.getAmount().toPlainString())
                .containsExactlyElementsOf(
                        lowLevel.stream().map(i -> i.get("amount").n()).toList());
    }

    @Test
    @DisplayName("sortBeginsWith, descending with a limit, and an index query agree with the data")
    void otherConditionals(DynamoDbEnhancedClient enhanced, SeededOrders orders) {
        var table = QueryWithEnhancedClient.table(enhanced, orders.table());
        var c013 = QueryByKeyConditionTest.sortedKeys(orders.ofCustomer("c013"));
        String month = c013.get(0).substring(0, 7);

        assertThat(QueryWithEnhancedClient.ordersWithPrefix(table, "c013", month))
                .extracting(Order::getOrderKey)
                .containsExactlyElementsOf(
                        c013.stream().filter(k -> k.startsWith(month)).toList());
        assertThat(QueryWithEnhancedClient.latestOrders(table, "c013", 2))
                .extracting(Order::getOrderKey)
                .containsExactlyElementsOf(QueryByKeyConditionTest.newestFirst(orders.ofCustomer("c013"))
                        .subList(0, 2));
        assertThat(QueryWithEnhancedClient.byStatusInMonth(table, "Cancelled", "2024-11"))
                .extracting(Order::getOrderKey)
                .containsExactlyInAnyOrderElementsOf(QueryByKeyConditionTest.keys(
                        orders.where(i -> i.get("status").s().equals("Cancelled")
                                && i.get("orderDate").s().startsWith("2024-11"))))
                .isNotEmpty();
    }

    @Test
    @DisplayName("latestOrders with limit 2 sends one Query with Limit=2, not one per page of the partition")
    void latestIsOneRequest(DynamoDbClient client, SeededOrders orders) {
        RecordingClient recorder = RecordingClient.of(client);
        var enhanced = DynamoDbEnhancedClient.builder()
                .dynamoDbClient(recorder.client())
                .build();

        var latest = QueryWithEnhancedClient.latestOrders(
                QueryWithEnhancedClient.table(enhanced, orders.table()), "c013", 2);

        assertThat(latest).hasSize(2);
        assertThat(orders.ofCustomer("c013")).as("c013's orders").hasSizeGreaterThan(2);
        assertThat(recorder.requests(QueryRequest.class))
                .as("Query requests sent")
                .singleElement()
                .satisfies(q -> assertThat(q.limit()).isEqualTo(2));
    }
}
