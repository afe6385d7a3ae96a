package com.example.dynamodb.projects.sessions;

import com.example.dynamodb.support.Tables;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Sessions: partition key {@code userId}, sort key {@code sessionId}, TTL on {@code expiresAt}.
 * No secondary index: the token carries the full key, and a user's sessions are one partition.
 */
public final class SessionsTable {

    private SessionsTable() {}

    // tag::definition[]
    public static CreateTableRequest definition(String tableName) {
        return CreateTableRequest.builder()
                .tableName(tableName)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                        AttributeDefinition.builder()
                                .attributeName("userId")
                                .attributeType(ScalarAttributeType.S)
                                .build(),
                        AttributeDefinition.builder()
                                .attributeName("sessionId")
                                .attributeType(ScalarAttributeType.S)
                                .build())
                .keySchema(
                        KeySchemaElement.builder()
                                .attributeName("userId")
                                .keyType(KeyType.HASH)
                                .build(),
                        KeySchemaElement.builder()
                                .attributeName("sessionId")
                                .keyType(KeyType.RANGE)
                                .build())
                .build();
    }

    /** TTL is set after the table exists: DynamoDB deletes items whose expiresAt (epoch seconds) has passed. */
    public static void enableTtl(DynamoDbClient client, String tableName) {
        client.updateTimeToLive(b -> b.tableName(tableName)
                .timeToLiveSpecification(t -> t.enabled(true).attributeName("expiresAt")));
    }
    // end::definition[]

    /** Reserves a name, creates the table with TTL on expiresAt; returns the name. */
    public static String create(Tables tables, DynamoDbClient client, String logicalName) {
        String name = tables.reserve(logicalName);
        tables.createAndWait(definition(name));
        enableTtl(client, name);
        return name;
    }
}
