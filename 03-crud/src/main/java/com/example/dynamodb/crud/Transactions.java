package com.example.dynamodb.crud;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Transactions: up to 100 puts, updates, deletes and condition checks that all happen or none
 * does. A transfer of credits between two users, guarded by a condition check on a third item;
 * reading the per-action cancellation reasons; and {@code ClientRequestToken}, which makes a
 * retried transaction apply once.
 */
public final class Transactions {

    private Transactions() {}

    // tag::transfer[]
    /** Moves credits from one user to another, only while the bank item is OPEN; all or nothing. */
    public static void transfer(
            DynamoDbClient client, String table, String from, String to, long amount, String requestToken) {
        if (amount <= 0 || from.equals(to) || requestToken.isEmpty() || requestToken.length() > 36) {
            throw new IllegalArgumentException("Need a positive amount, two different users and a"
                    + " request token of 1 to 36 characters (a UUID fits)");
        }
        Map<String, AttributeValue> amountValue = Map.of(":a", AttributeValue.fromN(String.valueOf(amount)));
        List<TransactWriteItem> actions = List.of(
                TransactWriteItem.builder()
                        .update(u -> u.tableName(table)
                                .key(Map.of("UserID", AttributeValue.fromS(from)))
                                .updateExpression("SET Credits = Credits - :a")
                                .conditionExpression("Credits >= :a")
                                .expressionAttributeValues(amountValue)
                                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD))
                        .build(),
                TransactWriteItem.builder()
                        .update(u -> u.tableName(table)
                                .key(Map.of("UserID", AttributeValue.fromS(to)))
                                .updateExpression("ADD Credits :a")
                                .conditionExpression("attribute_exists(UserID)") // no credits to an unknown user
                                .expressionAttributeValues(amountValue))
                        .build(),
                TransactWriteItem.builder()
                        .conditionCheck(c -> c.tableName(table)
                                .key(Map.of("UserID", AttributeValue.fromS("bank")))
                                .conditionExpression("#state = :open") // checked, not written
                                .expressionAttributeNames(Map.of("#state", "State"))
                                .expressionAttributeValues(Map.of(":open", AttributeValue.fromS("OPEN"))))
                        .build(),
                TransactWriteItem.builder()
                        .put(p -> p.tableName(table)
                                .item(Map.of(
                                        "UserID",
                                        AttributeValue.fromS("transfer#" + requestToken),
                                        "From",
                                        AttributeValue.fromS(from),
                                        "To",
                                        AttributeValue.fromS(to),
                                        "Amount",
                                        AttributeValue.fromN(String.valueOf(amount)))))
                        .build());
        // Same token again within 10 minutes: DynamoDB answers success without applying it twice.
        client.transactWriteItems(b -> b.transactItems(actions).clientRequestToken(requestToken));
    }
    // end::transfer[]

    // tag::reasons[]
    /** One line per action of a cancelled transaction: "None" marks the actions that were fine. */
    public static List<String> explain(TransactionCanceledException e) {
        List<String> lines = new ArrayList<>();
        List<CancellationReason> reasons = e.cancellationReasons(); // same order as the actions
        for (int i = 0; i < reasons.size(); i++) {
            CancellationReason r = reasons.get(i);
            String seen = r.hasItem() ? " (item was " + describe(r.item()) + ")" : "";
            lines.add("action " + i + ": " + r.code() + seen);
        }
        return lines;
    }

    /** An item as {Credits: 100, UserID: "ada"}: names in order, strings quoted, numbers as stored. */
    private static String describe(Map<String, AttributeValue> item) {
        return new TreeMap<>(item)
                .entrySet().stream()
                        .map(e -> e.getKey() + ": " + describe(e.getValue()))
                        .collect(Collectors.joining(", ", "{", "}"));
    }

    private static String describe(AttributeValue value) {
        return switch (value.type()) {
            case S -> '"' + value.s() + '"';
            case N -> value.n();
            default -> value.toString();
        };
    }
    // end::reasons[]

    /** A consistent snapshot of several items, read together (TransactGetItems). */
    public static List<Map<String, AttributeValue>> readTogether(
            DynamoDbClient client, String table, List<String> userIds) {
        List<TransactGetItem> gets = userIds.stream()
                .map(id -> TransactGetItem.builder()
                        .get(g -> g.tableName(table).key(UsersTable.key(id)))
                        .build())
                .toList();
        return client.transactGetItems(b -> b.transactItems(gets)).responses().stream()
                .map(ItemResponse::item)
                .toList(); // in request order; an empty map for a missing item
    }

    static void seed(DynamoDbClient client, String table) {
        client.putItem(b -> b.tableName(table)
                .item(Map.of("UserID", AttributeValue.fromS("ada"), "Credits", AttributeValue.fromN("100"))));
        client.putItem(b -> b.tableName(table)
                .item(Map.of("UserID", AttributeValue.fromS("bob"), "Credits", AttributeValue.fromN("0"))));
        client.putItem(b -> b.tableName(table)
                .item(Map.of("UserID", AttributeValue.fromS("bank"), "State", AttributeValue.fromS("OPEN"))));
    }

    static void demo(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("Transactions: all actions or none");
        DynamoDbClient client = ddb.client();
        String table = UsersTable.create(tables, "Users");
        seed(client, table);
        String token = UUID.randomUUID().toString(); // one per operation, reused by its retries
        Narrator.step("transfer 30 credits ada -> bob, then send the same request (same token) again");
        transfer(client, table, "ada", "bob", 30, token);
        transfer(client, table, "ada", "bob", 30, token);
        Narrator.items(readTogether(client, table, List.of("ada", "bob")));
        Narrator.say("Applied once: the second call with the same token was acknowledged, not re-run.");
        Narrator.step("transfer 500 credits: more than ada has");
        try {
            transfer(client, table, "ada", "bob", 500, UUID.randomUUID().toString());
        } catch (TransactionCanceledException e) {
            explain(e).forEach(Narrator::say);
        }
        Narrator.items(readTogether(client, table, List.of("ada", "bob")));
    }

    public static void main(String[] args) {
        Walkthroughs.run(Transactions::demo);
    }
}
