package com.example.dynamodb.techniques.exercises;

import java.math.BigDecimal;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/** Exercise 08.3, reference solution: a marker item and the ADD in one transaction. */
public final class IdempotentTotals {

    private IdempotentTotals() {}

    public static boolean apply(
            DynamoDbClient client, String table, String eventId, String customerId, BigDecimal amount) {
        try {
            client.transactWriteItems(b -> b.transactItems(
                    TransactWriteItem.builder()
                            .put(p -> p.tableName(table)
                                    .item(Map.of(
                                            "customerId", AttributeValue.fromS(customerId),
                                            "sk", AttributeValue.fromS("APPLIED#" + eventId)))
                                    .conditionExpression("attribute_not_exists(sk)"))
                            .build(),
                    TransactWriteItem.builder()
                            .update(u -> u.tableName(table)
                                    .key(Map.of(
                                            "customerId", AttributeValue.fromS(customerId),
                                            "sk", AttributeValue.fromS("TOTALS")))
                                    .updateExpression("ADD orders :one, amount :amount")
                                    .expressionAttributeValues(Map.of(
                                            ":one", AttributeValue.fromN("1"),
                                            ":amount", AttributeValue.fromN(amount.toPlainString()))))
                            .build()));
            return true;
        } catch (TransactionCanceledException e) {
            if ("ConditionalCheckFailed".equals(e.cancellationReasons().get(0).code())) {
                return false;
            }
            throw e;
        }
    }
}
