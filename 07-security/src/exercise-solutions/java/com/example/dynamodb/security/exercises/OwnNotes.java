package com.example.dynamodb.security.exercises;

import com.example.dynamodb.security.Principal;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/** Exercise 07.3, reference solution. */
public final class OwnNotes {

    private OwnNotes() {}

    public static boolean renameNote(
            DynamoDbClient client, String table, Principal caller, String tenantIdInUrl, String noteId, String title) {
        if (!caller.tenantId().equals(tenantIdInUrl)) {
            throw new SecurityException("Tenant " + caller.tenantId() + " may not change notes of " + tenantIdInUrl);
        }
        try {
            client.updateItem(b -> b.tableName(table)
                    // The key comes from the credentials, never from the URL.
                    .key(Map.of(
                            "tenantId", AttributeValue.fromS(caller.tenantId()),
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
