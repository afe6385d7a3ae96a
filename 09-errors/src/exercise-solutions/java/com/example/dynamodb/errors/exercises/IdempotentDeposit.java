package com.example.dynamodb.errors.exercises;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/** Exercise 09.2, reference solution: the request id lives in the item, guarded by the condition. */
public final class IdempotentDeposit {

    private IdempotentDeposit() {}

    public static void deposit(DynamoDbClient client, String table, String accountId, long amount, String requestId) {
        try {
            client.updateItem(b -> b.tableName(table)
                    .key(Map.of("accountId", AttributeValue.fromS(accountId)))
                    .updateExpression("ADD balance :amount, appliedRequests :ids")
                    .conditionExpression("NOT contains(appliedRequests, :id)")
                    .expressionAttributeValues(Map.of(
                            ":amount", AttributeValue.fromN(Long.toString(amount)),
                            ":ids", AttributeValue.fromSs(List.of(requestId)),
                            ":id", AttributeValue.fromS(requestId))));
        } catch (ConditionalCheckFailedException alreadyApplied) {
            // This request id was applied before (perhaps by this call's lost first attempt): done.
        }
    }
}
