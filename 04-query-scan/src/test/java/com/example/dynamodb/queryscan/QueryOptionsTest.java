package com.example.dynamodb.queryscan;

import static com.example.dynamodb.queryscan.QueryByKeyConditionTest.keys;
import static com.example.dynamodb.queryscan.QueryByKeyConditionTest.newestFirst;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.RecordingClient;
import java.util.Comparator;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.Select;

@DynamoDbTest
@ExtendWith(SeededOrders.Extension.class)
class QueryOptionsTest {

    @Test
    @DisplayName("ScanIndexForward=false with Limit=3 returns the 3 newest orders, newest first")
    void latestFirst(DynamoDbClient client, SeededOrders orders) {
        var newest = newestFirst(orders.ofCustomer("c042")).subList(0, 3);

        var found = QueryOptions.latestOrders(client, orders.table(), "c042", 3);

        assertThat(keys(found)).containsExactlyElementsOf(newest).isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    @DisplayName("the 3 newest orders take one Query with Limit=3: the paginator does not go on to the next page")
    void latestIsOneRequest(DynamoDbClient client, SeededOrders orders) {
        RecordingClient recorder = RecordingClient.of(client);

        QueryOptions.latestOrders(recorder.client(), orders.table(), "c042", 3);

        assertThat(orders.ofCustomer("c042")).as("c042's orders").hasSizeGreaterThan(3);
        assertThat(recorder.requests(QueryRequest.class))
                .as("Query requests sent")
                .singleElement()
                .satisfies(q -> assertThat(q.limit()).isEqualTo(3));
        assertThat(recorder.responses(QueryResponse.class))
                .singleElement()
                .satisfies(page -> assertThat(page.hasLastEvaluatedKey())
                        .as("a next page exists, and is not fetched")
                        .isTrue());
    }

    @Test
    @DisplayName("Select.COUNT returns the number of orders and no items, and costs as much as reading them")
    void count(DynamoDbClient client, SeededOrders orders) {
        assertThat(QueryOptions.countOrders(client, orders.table(), "c042"))
                .isEqualTo(orders.ofCustomer("c042").size());
        var counted = client.query(b -> b.tableName(orders.table())
                .keyConditionExpression("customerId = :c")
                .expressionAttributeValues(Map.of(":c", AttributeValue.fromS("c042")))
                .select(Select.COUNT)
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));
        var read = QueryVsScanCost.queryCustomer(client, orders.table(), "c042", null, false);

        assertThat(counted.items()).isEmpty();
        assertThat(counted.consumedCapacity().capacityUnits())
                .isEqualTo(read.capacityUnits())
                .isEqualTo(ItemSize.readUnits(ItemSize.total(orders.ofCustomer("c042")), false));
    }

    @Test
    @DisplayName("ProjectionExpression returns only the named attributes")
    void projection(DynamoDbClient client, SeededOrders orders) {
        var found = QueryOptions.orderSummaries(client, orders.table(), "c042");
        assertThat(found)
                .hasSize(orders.ofCustomer("c042").size())
                .allSatisfy(i -> assertThat(i).containsOnlyKeys("orderId", "status", "amount"));
    }
}
