package com.example.dynamodb.queryscan.exercises;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Reference solution of exercise 04.2 Orders of a status in a month. */
public final class StatusInMonth {

    /** The GSI keyed by status (partition key) and orderDate (sort key). */
    public static final String STATUS_INDEX = "StatusDateIndex";

    private StatusInMonth() {}

    /** Every order with {@code status} placed in {@code month}, of all customers, oldest first. */
    public static List<Map<String, AttributeValue>> ordersOfStatusInMonth(
            DynamoDbClient client, String table, String status, YearMonth month) {
        return client
                .queryPaginator(b -> b.tableName(table)
                        .indexName(STATUS_INDEX)
                        // Both in the key condition: DynamoDB reads only that month of that status.
                        .keyConditionExpression("#st = :s AND begins_with(orderDate, :month)")
                        .expressionAttributeNames(Map.of("#st", "status"))
                        .expressionAttributeValues(Map.of(
                                ":s", AttributeValue.fromS(status), ":month", AttributeValue.fromS(month.toString()))))
                .items()
                .stream()
                .toList();
    }
}
