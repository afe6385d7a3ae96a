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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

@DynamoDbTest
@ExtendWith(SeededOrders.Extension.class)
class QueryMistakesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "key condition on status, not a key|may name only the key attributes|missed key schema element",
                "begins_with on the number sort key of the LSI|begins_with works only on a string or binary"
                        + "|operand type: N",
                "filter on the sort key in a Query|conditions on key attributes belong in the"
                        + " KeyConditionExpression|non-primary key attributes"
            })
    @DisplayName("DynamoDB's rejection comes back explained, with its own message as the cause")
    void explained(String mistake, String explanation, String serviceSays, DynamoDbClient client, SeededOrders orders) {
        QueryRequest request = QueryMistakes.mistakes(orders.table()).get(mistake);

        assertThatThrownBy(() -> QueryMistakes.query(client, request))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(explanation)
                .hasMessageContaining(serviceSays)
                .cause()
                .isInstanceOf(DynamoDbException.class)
                .satisfies(e -> assertThat(
                                ((DynamoDbException) e).awsErrorDetails().errorCode())
                        .isEqualTo("ValidationException"));
    }

    @Test
    @DisplayName("an ExclusiveStartKey that is not a key of the table is rejected by DynamoDB, explained")
    void startKeyNotAKey(DynamoDbClient client, SeededOrders orders) {
        QueryRequest request = QueryMistakes.mistakes(orders.table()).get("ExclusiveStartKey that is not a key");

        assertThatThrownBy(() -> QueryMistakes.query(client, request))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("ExclusiveStartKey must be a LastEvaluatedKey returned by this same query")
                .hasMessageContaining("(DynamoDB said: ")
                .hasCauseInstanceOf(DynamoDbException.class);
    }

    @Test
    @DisplayName("the LastEvaluatedKey of an index query (table key + index key) is accepted as a start key")
    void indexStartKeyAccepted(DynamoDbClient client, SeededOrders orders) {
        QueryRequest byAmount = QueryRequest.builder()
                .tableName(orders.table())
                .indexName(OrdersTable.AMOUNT_INDEX)
                .keyConditionExpression("customerId = :c")
                .expressionAttributeValues(Map.of(":c", AttributeValue.fromS("c042")))
                .limit(3)
                .build();
        var first = QueryMistakes.query(client, byAmount);
        assertThat(first.lastEvaluatedKey()).containsOnlyKeys(OrdersTable.PK, OrdersTable.SK, "amount");

        var second = QueryMistakes.query(
                client,
                byAmount.toBuilder().exclusiveStartKey(first.lastEvaluatedKey()).build());

        var byAmountInMemory = orders.ofCustomer("c042").stream()
                .sorted(Comparator.comparing(i -> new BigDecimal(i.get("amount").n())))
                .map(i -> i.get(OrdersTable.SK).s())
                .toList();
        assertThat(QueryByKeyConditionTest.keys(second.items()))
                .containsExactlyElementsOf(byAmountInMemory.subList(3, 6));
    }

    @Test
    @DisplayName("a table's key alone is rejected as the start key of an index query, explained")
    void tableKeyForIndexRefused(DynamoDbClient client, SeededOrders orders) {
        QueryRequest request = QueryRequest.builder()
                .tableName(orders.table())
                .indexName(OrdersTable.AMOUNT_INDEX)
                .keyConditionExpression("customerId = :c")
                .expressionAttributeValues(Map.of(":c", AttributeValue.fromS("c042")))
                .exclusiveStartKey(Map.of(
                        OrdersTable.PK, AttributeValue.fromS("c042"), OrdersTable.SK, AttributeValue.fromS("2024-05")))
                .build();

        assertThatThrownBy(() -> QueryMistakes.query(client, request))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("ExclusiveStartKey must be a LastEvaluatedKey returned by this same query")
                .hasCauseInstanceOf(DynamoDbException.class);
    }

    @Test
    @DisplayName("a start key of another customer's partition is rejected by DynamoDB, explained")
    void startKeyOfAnotherPartition(DynamoDbClient client, SeededOrders orders) {
        var request = QueryMistakes.mistakes(orders.table()).get("ExclusiveStartKey that is not a key").toBuilder()
                .exclusiveStartKey(Map.of(
                        OrdersTable.PK,
                        AttributeValue.fromS("c001"),
                        OrdersTable.SK,
                        AttributeValue.fromS("2024-05-01")))
                .build();

        assertThatThrownBy(() -> QueryMistakes.query(client, request))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be a LastEvaluatedKey returned by this same query")
                .hasCauseInstanceOf(DynamoDbException.class);
    }

    @Test
    @DisplayName("a correct query goes through untouched")
    void correctQuery(DynamoDbClient client, SeededOrders orders) {
        var response = QueryMistakes.query(
                client,
                QueryRequest.builder()
                        .tableName(orders.table())
                        .keyConditionExpression("customerId = :c")
                        .expressionAttributeValues(Map.of(":c", AttributeValue.fromS("c042")))
                        .build());
        assertThat(response.count()).isEqualTo(orders.ofCustomer("c042").size());
    }
}
