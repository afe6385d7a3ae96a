package com.example.dynamodb.security;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/**
 * Writes for one tenant in a table all tenants share: the key is always the caller's
 * ({@link NotesTable#key}), and a condition makes sure that an update or a delete aimed at a note
 * the caller does not have changes nothing, instead of creating an item or quietly succeeding.
 */
public final class TenantWrites {

    private TenantWrites() {}

    /** Creates or replaces one of the caller's notes; the keys are set here, never taken from the body. */
    public static void putOwn(
            DynamoDbClient client, String table, Principal caller, String noteId, Map<String, AttributeValue> body) {
        if (body.containsKey("tenantId") || body.containsKey("noteId")) {
            throw new IllegalArgumentException("The keys of a note come from the caller and the note id, not the body");
        }
        Map<String, AttributeValue> item = new HashMap<>(body);
        item.putAll(NotesTable.key(caller, noteId));
        client.putItem(b -> b.tableName(table).item(item));
    }

    /**
     * Sets one attribute of one of the caller's existing notes and returns what {@code returnValues}
     * asks for; empty if the caller has no note with that id, and then nothing is created.
     */
    public static Optional<Map<String, AttributeValue>> updateOwn(
            DynamoDbClient client,
            String table,
            Principal caller,
            String noteId,
            String attribute,
            AttributeValue value,
            ReturnValue returnValues) {
        try {
            return Optional.of(client.updateItem(b -> b.tableName(table)
                            .key(NotesTable.key(caller, noteId))
                            .updateExpression("SET #a = :v")
                            .conditionExpression("attribute_exists(noteId)") // an update never creates a note
                            .expressionAttributeNames(Map.of("#a", attribute))
                            .expressionAttributeValues(Map.of(":v", value))
                            .returnValues(returnValues))
                    .attributes());
        } catch (ConditionalCheckFailedException e) {
            return Optional.empty();
        }
    }

    /** Deletes one of the caller's notes; false if the caller has none with that id. */
    public static boolean deleteOwn(DynamoDbClient client, String table, Principal caller, String noteId) {
        try {
            client.deleteItem(b -> b.tableName(table)
                    .key(NotesTable.key(caller, noteId))
                    .conditionExpression("attribute_exists(noteId)")); // else DeleteItem succeeds on nothing
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }
}
