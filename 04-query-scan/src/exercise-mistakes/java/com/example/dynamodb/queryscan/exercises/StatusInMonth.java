package com.example.dynamodb.queryscan.exercises;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A plausible wrong solution of exercise 04.2: DynamoDB refuses a FilterExpression on the index's
 * sort key, so this one queries the status and keeps the month in Java. It returns the right
 * orders, but reads (and is billed for) every order of that status in every month. The tests must
 * catch it.
 */
public final class StatusInMonth {

    /** The GSI keyed by status (partition key) and orderDate (sort key). */
    public static final String STATUS_INDEX = "StatusDateIndex";

    private StatusInMonth() {}

    /** Every order with {@code status} placed in {@code month}, of all customers, oldest first. */
    public static List<Map<String, AttributeValue>> ordersOfStatusInMonth(
            DynamoDbClient client, String table, String status, YearMonth month) {
        String prefix = month.toString(); // "2024-03"
        return client
                .queryPaginator(b -> b.tableName(table)
                        .indexName(STATUS_INDEX)
                        .keyConditionExpression("#st = :s")
                        .expressionAttributeNames(Map.of("#st", "status"))
                        .expressionAttributeValues(Map.of(":s", AttributeValue.fromS(status))))
                .items()
                .stream()
                .filter(order -> order.get("orderDate").s().startsWith(prefix))
                .toList();
    }
}
