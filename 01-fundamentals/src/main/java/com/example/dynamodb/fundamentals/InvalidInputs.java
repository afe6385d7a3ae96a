package com.example.dynamodb.fundamentals;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/**
 * Requests DynamoDB refuses, what it answers, and what that means. Every one fails as a whole:
 * a refused PutItem writes nothing, so there is never half an item to clean up.
 */
public final class InvalidInputs {

    private InvalidInputs() {}

    /** Six common mistakes, each with the explanation a learner needs. */
    public enum Mistake {
        EMPTY_SET(
                "an empty string set",
                "A set needs at least one element. Leave the attribute out instead of sending an empty set."),
        DUPLICATE_SET_ELEMENTS(
                "a string set with the same element twice",
                "Sets hold unique values; the SDK sends your list as given, and DynamoDB refuses duplicates."),
        WRONG_KEY_TYPE(
                "a Number where the table declares the key as a String",
                "Key attributes have a fixed type, declared when the table was created."),
        MISSING_KEY(
                "an item without its partition key",
                "Every item must carry its full primary key; other attributes are optional."),
        TABLE_NAME_TOO_SHORT(
                "a table name of two characters",
                "Table names are 3 to 255 characters: letters, digits, '_', '-' and '.'."),
        ITEM_TOO_LARGE(
                "an item of about 401 KB",
                "An item, names and values together, may not exceed 400 KB. Split it, or keep large blobs in S3.");

        public final String attempt;
        public final String explanation;

        Mistake(String attempt, String explanation) {
            this.attempt = attempt;
            this.explanation = explanation;
        }
    }

    /** What DynamoDB answered to a mistake. */
    public record Rejection(Mistake mistake, String errorCode, String serviceMessage) {}

    // tag::attempt[]
    /** DynamoDB's answer to a request it refused: the error code and the message meant for humans. */
    public record Refusal(String errorCode, String serviceMessage) {}

    /** Puts the item; returns DynamoDB's refusal, or empty when the item was written. */
    public static Optional<Refusal> tryPut(DynamoDbClient client, String table, Map<String, AttributeValue> item) {
        try {
            client.putItem(b -> b.tableName(table).item(item));
            return Optional.empty();
        } catch (DynamoDbException e) {
            // Service errors carry a code ("ValidationException") and a message that says what is wrong.
            return Optional.of(new Refusal(
                    e.awsErrorDetails().errorCode(), e.awsErrorDetails().errorMessage()));
        }
    }
    // end::attempt[]

    /** Sends the mistaken request to a table keyed by "userId" (String) and reports the refusal. */
    public static Rejection attempt(DynamoDbClient client, String usersTable, Mistake mistake) {
        Refusal refusal = tryPut(client, tableFor(usersTable, mistake), itemFor(mistake))
                .orElseThrow(() ->
                        new IllegalStateException("DynamoDB accepted " + mistake.attempt + "; it should not have"));
        return new Rejection(mistake, refusal.errorCode(), refusal.serviceMessage());
    }

    private static String tableFor(String usersTable, Mistake mistake) {
        return mistake == Mistake.TABLE_NAME_TOO_SHORT ? "ab" : usersTable;
    }

    private static Map<String, AttributeValue> itemFor(Mistake mistake) {
        AttributeValue id = AttributeValue.fromS("u-1");
        return switch (mistake) {
            case EMPTY_SET -> Map.of("userId", id, "tags", AttributeValue.fromSs(List.of()));
            case DUPLICATE_SET_ELEMENTS -> Map.of("userId", id, "tags", AttributeValue.fromSs(List.of("a", "a")));
            case WRONG_KEY_TYPE -> Map.of("userId", AttributeValue.fromN("1"));
            case MISSING_KEY -> Map.of("name", AttributeValue.fromS("Ada"));
            case TABLE_NAME_TOO_SHORT -> Map.of("userId", id);
            case ITEM_TOO_LARGE -> Map.of("userId", id, "blob", AttributeValue.fromS("x".repeat(401 * 1024)));
        };
    }

    static void demo(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("Invalid input: what DynamoDB refuses, and why");
        String table = tables.reserve("Users");
        TablesAndItems.createUsersTable(ddb.client(), table);
        for (Mistake mistake : Mistake.values()) {
            Rejection rejection = attempt(ddb.client(), table, mistake);
            Narrator.step("PutItem with " + mistake.attempt);
            Narrator.show(rejection.errorCode(), rejection.serviceMessage());
            Narrator.say("Why: " + mistake.explanation);
        }
        Narrator.show("items written by all of the above", SimplePrimaryKey.count(ddb.client(), table));
    }

    public static void main(String[] args) {
        Walkthroughs.run(InvalidInputs::demo);
    }
}
