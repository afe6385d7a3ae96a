package com.example.dynamodb.errors;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/**
 * {@code ValidationException} has no class of its own in the SDK: it arrives as a plain {@code
 * DynamoDbException} whose error code is "ValidationException" (HTTP 400), and the message says
 * what was wrong. It is never retried, because the same request fails the same way: fix the request.
 * Each constant below is a real mistake, sent to DynamoDB as it is.
 */
public final class ValidationErrors {

    private ValidationErrors() {}

    /** Requests DynamoDB refuses, each for one reason. */
    public enum Mistake {
        WRONG_KEY_NAME((c, t) -> c.getItem(b -> b.tableName(t).key(Map.of("id", AttributeValue.fromS("alice"))))),
        WRONG_KEY_TYPE((c, t) ->
                c.getItem(b -> b.tableName(t).key(Map.of(AccountsTable.PK, AttributeValue.fromN("1"))))),
        EMPTY_KEY_STRING((c, t) ->
                c.putItem(b -> b.tableName(t).item(Map.of(AccountsTable.PK, AttributeValue.fromS(""))))),
        EXPRESSION_SYNTAX((c, t) -> c.updateItem(b -> b.tableName(t)
                .key(Map.of(AccountsTable.PK, AttributeValue.fromS("alice")))
                .updateExpression("SET balance = = :v")
                .expressionAttributeValues(Map.of(":v", AttributeValue.fromN("1"))))),
        RESERVED_WORD((c, t) -> c.updateItem(b -> b.tableName(t)
                .key(Map.of(AccountsTable.PK, AttributeValue.fromS("alice")))
                .updateExpression("SET status = :v")
                .expressionAttributeValues(Map.of(":v", AttributeValue.fromS("open"))))),
        UNDEFINED_VALUE((c, t) -> c.updateItem(b -> b.tableName(t)
                .key(Map.of(AccountsTable.PK, AttributeValue.fromS("alice")))
                .updateExpression("SET balance = :v"))),
        ADD_TO_A_STRING((c, t) -> c.updateItem(b -> b.tableName(t)
                .key(Map.of(AccountsTable.PK, AttributeValue.fromS("alice")))
                .updateExpression("ADD balance :v")
                .expressionAttributeValues(Map.of(":v", AttributeValue.fromS("10"))))),
        ITEM_OVER_400_KB((c, t) -> c.putItem(b -> b.tableName(t)
                .item(Map.of(
                        AccountsTable.PK,
                        AttributeValue.fromS("big"),
                        "notes",
                        AttributeValue.fromS("x".repeat(410 * 1024)))))),
        CONSISTENT_READ_ON_GSI((c, t) -> c.query(b -> b.tableName(t)
                .indexName(AccountsTable.OWNER_INDEX)
                .consistentRead(true)
                .keyConditionExpression("#o = :o")
                .expressionAttributeNames(Map.of("#o", "owner"))
                .expressionAttributeValues(Map.of(":o", AttributeValue.fromS("alice"))))),
        SAME_ITEM_TWICE_IN_A_TRANSACTION((c, t) -> c.transactWriteItems(b -> b.transactItems(
                w -> w.update(u -> u.tableName(t)
                        .key(Map.of(AccountsTable.PK, AttributeValue.fromS("alice")))
                        .updateExpression("ADD balance :v")
                        .expressionAttributeValues(Map.of(":v", AttributeValue.fromN("1")))),
                w -> w.update(u -> u.tableName(t)
                        .key(Map.of(AccountsTable.PK, AttributeValue.fromS("alice")))
                        .updateExpression("ADD balance :v")
                        .expressionAttributeValues(Map.of(":v", AttributeValue.fromN("2")))))));

        private final BiConsumer<DynamoDbClient, String> request;

        Mistake(BiConsumer<DynamoDbClient, String> request) {
            this.request = request;
        }

        /** Sends the faulty request; returns normally only if DynamoDB accepted it. */
        public void send(DynamoDbClient client, String table) {
            request.accept(client, table);
        }
    }

    // tag::is-validation[]
    /** No ValidationException class exists: the error code says it. */
    public static boolean isValidationError(DynamoDbException e) {
        return e.awsErrorDetails() != null
                && "ValidationException".equals(e.awsErrorDetails().errorCode());
    }
    // end::is-validation[]

    /** Sends the mistake and returns DynamoDB's answer; fails if it was accepted. */
    public static DynamoDbException refusal(Mistake mistake, DynamoDbClient client, String table) {
        try {
            mistake.send(client, table);
        } catch (DynamoDbException e) {
            return e;
        }
        throw new IllegalStateException(mistake + " was accepted, but DynamoDB refuses it");
    }

    static void demo(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("ValidationException: a DynamoDbException with an error code");
        String table = AccountsTable.create(tables, "Accounts");
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("mistake", "class", "errorCode", "message"));
        for (Mistake mistake : Mistake.values()) {
            DynamoDbException e = refusal(mistake, ddb.client(), table);
            String message = e.awsErrorDetails().errorMessage();
            rows.add(List.of(
                    mistake.name(),
                    e.getClass().getSimpleName(),
                    e.awsErrorDetails().errorCode(),
                    message.length() > 70 ? message.substring(0, 67) + "..." : message));
        }
        Narrator.table(rows);
    }

    public static void main(String[] args) {
        Walkthroughs.run(ValidationErrors::demo);
    }
}
