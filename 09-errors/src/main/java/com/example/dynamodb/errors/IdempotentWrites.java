package com.example.dynamodb.errors;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * A retry re-sends a request whose first attempt may have been applied: the response was lost,
 * or the client timed out while DynamoDB was writing. {@code SET balance = :new} is idempotent;
 * {@code ADD balance :amount} is not, so a retried deposit counts twice. Two fixes: remember the
 * request id in the item and make the write conditional on its absence, or write a marker item
 * and the update in one transaction with a {@code ClientRequestToken}.
 */
public final class IdempotentWrites {

    private IdempotentWrites() {}

    // tag::naive[]
    public static void depositNaively(DynamoDbClient client, String table, String accountId, long amount) {
        client.updateItem(b -> b.tableName(table)
                .key(Map.of("accountId", AttributeValue.fromS(accountId)))
                .updateExpression("ADD balance :amount") // applied once per attempt that reaches DynamoDB
                .expressionAttributeValues(Map.of(":amount", AttributeValue.fromN(Long.toString(amount)))));
    }
    // end::naive[]

    // tag::conditional[]
    public static WriteResult deposit(
            DynamoDbClient client, String table, String accountId, long amount, String requestId) {
        try {
            client.updateItem(b -> b.tableName(table)
                    .key(Map.of("accountId", AttributeValue.fromS(accountId)))
                    // The balance and the id of the request that changed it, in one atomic write.
                    .updateExpression("ADD balance :amount, appliedRequests :ids")
                    .conditionExpression("NOT contains(appliedRequests, :id)")
                    .expressionAttributeValues(Map.of(
                            ":amount", AttributeValue.fromN(Long.toString(amount)),
                            ":ids", AttributeValue.fromSs(List.of(requestId)),
                            ":id", AttributeValue.fromS(requestId))));
            return WriteResult.APPLIED;
        } catch (ConditionalCheckFailedException e) {
            // The only condition is "not seen yet": this request id was applied before, perhaps by
            // this very call's first attempt, whose response was lost. The deposit is in: success.
            return WriteResult.ALREADY_APPLIED;
        }
    }
    // end::conditional[]

    // tag::transaction[]
    public static WriteResult depositInTransaction(
            DynamoDbClient client, String table, String accountId, long amount, String requestId) {
        // A marker item per request: its condition refuses a second copy, even after days.
        TransactWriteItem marker = TransactWriteItem.builder()
                .put(p -> p.tableName(table)
                        .item(Map.of("accountId", AttributeValue.fromS("request#" + requestId)))
                        .conditionExpression("attribute_not_exists(accountId)"))
                .build();
        TransactWriteItem credit = TransactWriteItem.builder()
                .update(u -> u.tableName(table)
                        .key(Map.of("accountId", AttributeValue.fromS(accountId)))
                        .updateExpression("ADD balance :amount")
                        .expressionAttributeValues(Map.of(":amount", AttributeValue.fromN(Long.toString(amount)))))
                .build();
        try {
            // The same token within 10 minutes: DynamoDB answers success without applying it again.
            client.transactWriteItems(b -> b.clientRequestToken(requestId).transactItems(marker, credit));
            return WriteResult.APPLIED;
        } catch (TransactionCanceledException e) {
            if ("ConditionalCheckFailed".equals(e.cancellationReasons().get(0).code())) {
                return WriteResult.ALREADY_APPLIED; // the marker exists: applied earlier
            }
            throw e;
        }
    }
    // end::transaction[]

    static void demo(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("Idempotency: a retried ADD counts twice; a request id makes it count once");
        DynamoDbClient client = ddb.client();
        String table = AccountsTable.create(tables, "Accounts");
        AccountsTable.open(client, table, "alice", "alice", 0);
        Narrator.say("A lost response makes the SDK send the same request again; sending it twice by");
        Narrator.say("hand is what DynamoDB sees then (the tests lose a real response and let the SDK retry).");
        depositNaively(client, table, "alice", 10);
        depositNaively(client, table, "alice", 10);
        Narrator.show("naive ADD of 10, sent twice: balance", AccountsTable.balance(client, table, "alice"));
        AccountsTable.open(client, table, "bob", "bob", 0);
        String requestId = UUID.randomUUID().toString();
        Narrator.show("conditional deposit, 1st", deposit(client, table, "bob", 10, requestId));
        Narrator.show("conditional deposit, 2nd", deposit(client, table, "bob", 10, requestId));
        Narrator.show("balance", AccountsTable.balance(client, table, "bob"));
        AccountsTable.open(client, table, "carol", "carol", 0);
        String token = UUID.randomUUID().toString();
        Narrator.show("transaction with token, 1st", depositInTransaction(client, table, "carol", 10, token));
        Narrator.show("transaction with token, 2nd", depositInTransaction(client, table, "carol", 10, token));
        Narrator.show("balance", AccountsTable.balance(client, table, "carol"));
    }

    public static void main(String[] args) {
        Walkthroughs.run(IdempotentWrites::demo);
    }
}
