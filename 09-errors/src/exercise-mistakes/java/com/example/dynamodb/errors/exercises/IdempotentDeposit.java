package com.example.dynamodb.errors.exercises;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Exercise 09.2, a plausible wrong solution: a transaction without a token of its own. The SDK
 * fills in a ClientRequestToken, so its own resend after a lost response counts once; but the
 * application's second call gets a new token, and the deposit counts twice.
 */
public final class IdempotentDeposit {

    private IdempotentDeposit() {}

    public static void deposit(DynamoDbClient client, String table, String accountId, long amount, String requestId) {
        client.transactWriteItems(b -> b.transactItems(t -> t.update(u -> u.tableName(table)
                .key(Map.of("accountId", AttributeValue.fromS(accountId)))
                .updateExpression("ADD balance :amount")
                .expressionAttributeValues(Map.of(":amount", AttributeValue.fromN(Long.toString(amount)))))));
    }
}
