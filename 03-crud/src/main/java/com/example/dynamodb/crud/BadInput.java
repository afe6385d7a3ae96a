package com.example.dynamodb.crud;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Six common mistakes and what DynamoDB answers. Every one is a 400 validation error, found before
 * anything is written; {@link #explain} turns the service's message into a hint for a learner.
 */
public final class BadInput {

    private BadInput() {}

    // tag::explain[]
    /** The service's message, with the fix a learner needs. */
    public static String explain(DynamoDbException e) {
        String m = e.awsErrorDetails() == null
                ? e.getMessage()
                : e.awsErrorDetails().errorMessage();
        if (m.contains("Item size has exceeded")) {
            return m + " -> items are limited to 400 KB: move large values to S3 and store a pointer";
        } else if (m.contains("document paths overlap")) {
            return m + " -> an update may touch each path once: merge or split the clauses";
        } else if (m.contains("attribute value used in expression is not defined")) {
            return m + " -> every :placeholder needs an entry in ExpressionAttributeValues";
        } else if (m.contains("reserved keyword")) {
            return m + " -> use a #placeholder and ExpressionAttributeNames for that name";
        } else if (m.contains("Too many items") || m.contains("length less than or equal to 25")) {
            return m + " -> a BatchWriteItem takes at most 25 requests: split it (see BatchWrites)";
        } else if (m.contains("Syntax error")) {
            return m + " -> check the path: a.b for maps, a[0] for lists";
        }
        return m;
    }
    // end::explain[]

    /** Each mistake by name, as a request against an existing user "ada". */
    public static Map<String, Runnable> mistakes(DynamoDbClient client, String table) {
        Map<String, Runnable> all = new LinkedHashMap<>();
        all.put(
                "item over 400 KB",
                () -> client.putItem(b -> b.tableName(table)
                        .item(Map.of(
                                "UserID",
                                AttributeValue.fromS("ada"),
                                "Bio",
                                AttributeValue.fromS("x".repeat(400 * 1024))))));
        all.put(
                "same path twice",
                () -> client.updateItem(b -> b.tableName(table)
                        .key(UsersTable.key("ada"))
                        .updateExpression("SET Email = :e REMOVE Email")
                        .expressionAttributeValues(Map.of(":e", AttributeValue.fromS("new@x.org")))));
        all.put(
                "undefined :value",
                () -> client.updateItem(b -> b.tableName(table)
                        .key(UsersTable.key("ada"))
                        .updateExpression("SET Email = :email")
                        .expressionAttributeValues(Map.of(":e", AttributeValue.fromS("new@x.org")))));
        all.put(
                "reserved word",
                () -> client.updateItem(b -> b.tableName(table)
                        .key(UsersTable.key("ada"))
                        .updateExpression("SET Name = :n")
                        .expressionAttributeValues(Map.of(":n", AttributeValue.fromS("Ada")))));
        List<WriteRequest> writes = new ArrayList<>();
        for (int i = 0; i < 26; i++) {
            String id = "batch-" + i;
            writes.add(WriteRequest.builder()
                    .putRequest(p -> p.item(UsersTable.key(id)))
                    .build());
        }
        all.put("26-item batch", () -> client.batchWriteItem(b -> b.requestItems(Map.of(table, writes))));
        all.put(
                "malformed path",
                () -> client.putItem(b -> b.tableName(table)
                        .item(Map.of("UserID", AttributeValue.fromS("ada"), "Email", AttributeValue.fromS("new@x.org")))
                        .conditionExpression("attribute_exists(Address..City)")));
        return all;
    }

    static void demo(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("Bad input: rejected before anything is written");
        DynamoDbClient client = ddb.client();
        String table = UsersTable.create(tables, "Users");
        client.putItem(b -> b.tableName(table)
                .item(Map.of("UserID", AttributeValue.fromS("ada"), "Email", AttributeValue.fromS("a@x.org"))));
        mistakes(client, table).forEach((name, request) -> {
            try {
                request.run();
                Narrator.show(name, "accepted?!");
            } catch (DynamoDbException e) {
                Narrator.show(name, explain(e));
            }
        });
        Narrator.show(
                "items in the table",
                client.scan(b -> b.tableName(table)).count()
                        + ", still "
                        + Narrator.format(client.getItem(b -> b.tableName(table).key(UsersTable.key("ada")))
                                .item()));
    }

    public static void main(String[] args) {
        Walkthroughs.run(BadInput::demo);
    }
}
