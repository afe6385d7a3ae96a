package com.example.dynamodb.techniques.exercises;

import java.math.BigDecimal;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Exercise 08.3, a plausible mistake: ADD is atomic, so it feels safe, but nothing remembers which
 * events were applied: a redelivered event is counted again.
 */
public final class IdempotentTotals {

    private IdempotentTotals() {}

    public static boolean apply(
            DynamoDbClient client, String table, String eventId, String customerId, BigDecimal amount) {
        client.updateItem(u -> u.tableName(table)
                .key(Map.of("customerId", AttributeValue.fromS(customerId), "sk", AttributeValue.fromS("TOTALS")))
                .updateExpression("ADD orders :one, amount :amount")
                .expressionAttributeValues(Map.of(
                        ":one", AttributeValue.fromN("1"), ":amount", AttributeValue.fromN(amount.toPlainString()))));
        return true;
    }
}
