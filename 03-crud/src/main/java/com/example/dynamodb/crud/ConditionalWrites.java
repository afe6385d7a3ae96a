package com.example.dynamodb.crud;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;

/**
 * Condition expressions: a write happens only if the stored item passes a test, checked by the
 * server in the same atomic step as the write. {@code attribute_exists} to stop an update from
 * creating an item, a comparison to keep a balance from going negative, and
 * {@code ReturnValuesOnConditionCheckFailure.ALL_OLD} to see why a write was refused without a
 * second read.
 */
public final class ConditionalWrites {

    private ConditionalWrites() {}

    // tag::mustExist[]
    /** Changes the email of an existing user; UpdateItem alone would create a half-empty item. */
    public static boolean changeEmailIfUserExists(DynamoDbClient client, String table, String userId, String email) {
        try {
            client.updateItem(b -> b.tableName(table)
                    .key(Map.of("UserID", AttributeValue.fromS(userId)))
                    .updateExpression("SET Email = :e")
                    .conditionExpression("attribute_exists(UserID)")
                    .expressionAttributeValues(Map.of(":e", AttributeValue.fromS(email))));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }
    // end::mustExist[]

    // tag::comparison[]
    /** A successful withdrawal carries the new balance; a refused one, the item as it stood. */
    public record Withdrawal(boolean done, long balance, Optional<Map<String, AttributeValue>> seen) {}

    public static Withdrawal withdraw(DynamoDbClient client, String table, String userId, long amount) {
        if (amount <= 0) {
            throw new IllegalArgumentException("A withdrawal must be positive, got " + amount);
        }
        try {
            Map<String, AttributeValue> updated = client.updateItem(b -> b.tableName(table)
                            .key(Map.of("UserID", AttributeValue.fromS(userId)))
                            .updateExpression("SET Balance = Balance - :amount")
                            .conditionExpression("Balance >= :amount") // false when Balance is missing, too
                            .expressionAttributeValues(Map.of(":amount", AttributeValue.fromN(String.valueOf(amount))))
                            .returnValues(ReturnValue.UPDATED_NEW)
                            // On failure, the exception carries the stored item: no extra read, no race.
                            .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD))
                    .attributes();
            return new Withdrawal(true, Long.parseLong(updated.get("Balance").n()), Optional.empty());
        } catch (ConditionalCheckFailedException e) {
            Map<String, AttributeValue> seen = e.hasItem() ? e.item() : Map.of();
            long balance = seen.containsKey("Balance")
                    ? Long.parseLong(seen.get("Balance").n())
                    : 0;
            return new Withdrawal(false, balance, e.hasItem() ? Optional.of(seen) : Optional.empty());
        }
    }
    // end::comparison[]

    static void demo(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("Conditional writes: write only if the stored item passes a test");
        DynamoDbClient client = ddb.client();
        String table = UsersTable.create(tables, "Users");
        client.putItem(b -> b.tableName(table)
                .item(Map.of("UserID", AttributeValue.fromS("ada"), "Balance", AttributeValue.fromN("100"))));
        Narrator.step("attribute_exists(UserID): change the email of ada, then of an unknown user");
        Narrator.show("ada changed", changeEmailIfUserExists(client, table, "ada", "ada@example.com"));
        Narrator.show("ghost changed", changeEmailIfUserExists(client, table, "ghost", "g@example.com"));
        Narrator.show(
                "ghost item created",
                client.getItem(b -> b.tableName(table).key(UsersTable.key("ghost")))
                        .hasItem());
        Narrator.step("Balance >= :amount: withdraw 60, then 60 again from a balance of 100");
        Withdrawal first = withdraw(client, table, "ada", 60);
        Narrator.show("first", "done=" + first.done() + ", balance " + first.balance());
        Withdrawal second = withdraw(client, table, "ada", 60);
        Narrator.show("second", "done=" + second.done() + ", balance " + second.balance());
        Narrator.show("ALL_OLD on failure", second.seen().map(Narrator::format).orElse("-"));
    }

    public static void main(String[] args) {
        Walkthroughs.run(ConditionalWrites::demo);
    }
}
