package com.example.dynamodb.security.exercises;

import com.example.dynamodb.security.Principal;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Exercise 07.3, a plausible wrong solution: the key is built from the URL ("the route already
 * says which tenant"). Any signed-in user can now rename any tenant's notes: an insecure direct
 * object reference.
 */
public final class OwnNotes {

    private OwnNotes() {}

    public static boolean renameNote(
            DynamoDbClient client, String table, Principal caller, String tenantIdInUrl, String noteId, String title) {
        try {
            client.updateItem(b -> b.tableName(table)
                    .key(Map.of(
                            "tenantId", AttributeValue.fromS(tenantIdInUrl),
                            "noteId", AttributeValue.fromS(noteId)))
                    .updateExpression("SET title = :t")
                    .conditionExpression("attribute_exists(noteId)")
                    .expressionAttributeValues(Map.of(":t", AttributeValue.fromS(title))));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }
}
