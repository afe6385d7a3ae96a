package com.example.dynamodb.errors;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * The two "your condition was false" errors. {@code ConditionalCheckFailedException} from a single
 * write, and {@code TransactionCanceledException} from a transaction, whose cancellation reasons
 * say which action failed and why. Neither is retried by the SDK: the same request would fail the
 * same way. Ask for the item as it is ({@code ReturnValuesOnConditionCheckFailure.ALL_OLD}) and
 * decide with it, without a second read.
 */
public final class ConditionalFailures {

    private ConditionalFailures() {}

    // tag::withdraw[]
    /** A withdrawal: done, or refused with the account as it was when the condition failed. */
    public record Withdrawal(boolean done, Map<String, AttributeValue> accountWhenRefused) {}

    public static Withdrawal withdraw(DynamoDbClient client, String table, String accountId, long amount) {
        try {
            client.updateItem(b -> b.tableName(table)
                    .key(Map.of("accountId", AttributeValue.fromS(accountId)))
                    .updateExpression("SET balance = balance - :amount")
                    .conditionExpression("balance >= :amount")
                    .expressionAttributeValues(Map.of(":amount", AttributeValue.fromN(Long.toString(amount))))
                    // On failure, DynamoDB sends the item back inside the exception: no extra read.
                    .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD));
            return new Withdrawal(true, Map.of());
        } catch (ConditionalCheckFailedException e) {
            return new Withdrawal(false, e.hasItem() ? e.item() : Map.of());
        }
    }
    // end::withdraw[]

    // tag::transfer[]
    /** What each action of a cancelled transaction did: "None" for those that were fine. */
    public record Cancelled(List<String> reasonCodes, Map<String, AttributeValue> failedItem) {}

    public static Cancelled transfer(DynamoDbClient client, String table, String from, String to, long amount) {
        AttributeValue value = AttributeValue.fromN(Long.toString(amount));
        TransactWriteItem debit = TransactWriteItem.builder()
                .update(u -> u.tableName(table)
                        .key(Map.of("accountId", AttributeValue.fromS(from)))
                        .updateExpression("SET balance = balance - :amount")
                        .conditionExpression("balance >= :amount")
                        .expressionAttributeValues(Map.of(":amount", value))
                        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD))
                .build();
        TransactWriteItem credit = TransactWriteItem.builder()
                .update(u -> u.tableName(table)
                        .key(Map.of("accountId", AttributeValue.fromS(to)))
                        .updateExpression("ADD balance :amount")
                        .conditionExpression("attribute_exists(accountId)")
                        .expressionAttributeValues(Map.of(":amount", value)))
                .build();
        try {
            client.transactWriteItems(b -> b.transactItems(debit, credit));
            return new Cancelled(List.of(), Map.of());
        } catch (TransactionCanceledException e) {
            // One reason per action, in request order: "None", "ConditionalCheckFailed",
            // "TransactionConflict", "ValidationError", "ThrottlingError", ...
            List<CancellationReason> reasons = e.cancellationReasons();
            Map<String, AttributeValue> failed = reasons.stream()
                    .filter(r -> r.hasItem())
                    .map(CancellationReason::item)
                    .findFirst()
                    .orElse(Map.of());
            return new Cancelled(reasons.stream().map(CancellationReason::code).toList(), failed);
        }
    }
    // end::transfer[]

    static void demo(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("ConditionalCheckFailedException and TransactionCanceledException");
        DynamoDbClient client = ddb.client();
        String table = AccountsTable.create(tables, "Accounts");
        AccountsTable.open(client, table, "alice", "alice", 30);
        AccountsTable.open(client, table, "bob", "bob", 0);
        Narrator.step("alice (balance 30) withdraws 50");
        Withdrawal refused = withdraw(client, table, "alice", 50);
        Narrator.show("done", refused.done());
        Narrator.show("the item inside the exception", Narrator.format(refused.accountWhenRefused()));
        Narrator.step("transfer 50 from alice to bob in one transaction");
        Cancelled cancelled = transfer(client, table, "alice", "bob", 50);
        Narrator.show("cancellation reasons", cancelled.reasonCodes());
        Narrator.show(
                "balances after",
                "alice " + AccountsTable.balance(client, table, "alice") + ", bob "
                        + AccountsTable.balance(client, table, "bob") + " (nothing applied)");
    }

    public static void main(String[] args) {
        Walkthroughs.run(ConditionalFailures::demo);
    }
}
