package com.example.dynamodb.queryscan.exercises;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/** Reference solution of exercise 04.1 Pagination past empty pages. */
public final class DeliveredOrders {

    /** Orders read per request. */
    public static final int PAGE_SIZE = 10;

    private DeliveredOrders() {}

    /** Every Delivered order of the customer, oldest first. */
    public static List<Map<String, AttributeValue>> deliveredOrders(
            DynamoDbClient client, String table, String customerId) {
        List<Map<String, AttributeValue>> delivered = new ArrayList<>();
        Map<String, AttributeValue> startKey = null;
        do {
            QueryResponse page = client.query(pageRequest(table, customerId, startKey));
            // A page may be empty: Limit counts what was read, the filter then kept none of it.
            delivered.addAll(page.items());
            // Only a missing LastEvaluatedKey means the end.
            startKey = page.hasLastEvaluatedKey() ? page.lastEvaluatedKey() : null;
        } while (startKey != null);
        return delivered;
    }

    /** Given: one page of the customer's Delivered orders, from {@code startKey} (null: the start). */
    public static QueryRequest pageRequest(String table, String customerId, Map<String, AttributeValue> startKey) {
        return QueryRequest.builder()
                .tableName(table)
                .keyConditionExpression("customerId = :c")
                .filterExpression("#st = :delivered")
                .expressionAttributeNames(Map.of("#st", "status"))
                .expressionAttributeValues(
                        Map.of(":c", AttributeValue.fromS(customerId), ":delivered", AttributeValue.fromS("Delivered")))
                .limit(PAGE_SIZE)
                .exclusiveStartKey(startKey)
                .build();
    }
}
