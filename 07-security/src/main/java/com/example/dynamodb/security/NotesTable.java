package com.example.dynamodb.security;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The notes table every tenant shares: the partition key {@code tenantId} is the tenant's identity,
 * the sort key {@code noteId} names one note of that tenant. Notes may also carry a
 * {@code moderation} attribute, for staff tools only: no tenant may read or write it.
 */
public final class NotesTable {

    /** The attributes a tenant may name: what the policy lists in {@code dynamodb:Attributes}. */
    public static final List<String> TENANT_ATTRIBUTES = List.of("tenantId", "noteId", "title", "body", "updatedAt");

    private NotesTable() {}

    /** The table, billed on demand. */
    public static CreateTableRequest definition(String table) {
        return CreateTableRequest.builder()
                .tableName(table)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(stringAttribute("tenantId"), stringAttribute("noteId"))
                .keySchema(
                        KeySchemaElement.builder()
                                .attributeName("tenantId")
                                .keyType(KeyType.HASH)
                                .build(),
                        KeySchemaElement.builder()
                                .attributeName("noteId")
                                .keyType(KeyType.RANGE)
                                .build())
                .build();
    }

    /** The key of one note: the tenant comes from the authenticated caller, never from the request. */
    public static Map<String, AttributeValue> key(Principal caller, String noteId) {
        return Map.of("tenantId", AttributeValue.fromS(caller.tenantId()), "noteId", AttributeValue.fromS(noteId));
    }

    private static AttributeDefinition stringAttribute(String name) {
        return AttributeDefinition.builder()
                .attributeName(name)
                .attributeType(ScalarAttributeType.S)
                .build();
    }
}
