package com.example.dynamodb.modeling.exercises;

import java.time.Instant;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Reference solution of exercise 02.2 A sparse index of open tickets: the GSI is keyed by
 * {@code openAssignee}, an attribute only open tickets carry.
 */
public final class OpenTickets {

    public static final String OPEN_BY_ASSIGNEE = "OpenByAssignee";

    private OpenTickets() {}

    public static CreateTableRequest tableDefinition(String tableName) {
        return CreateTableRequest.builder()
                .tableName(tableName)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                        attribute("ticketId", ScalarAttributeType.S),
                        attribute("openAssignee", ScalarAttributeType.S),
                        attribute("openedAt", ScalarAttributeType.S))
                .keySchema(key("ticketId", KeyType.HASH))
                .globalSecondaryIndexes(GlobalSecondaryIndex.builder()
                        .indexName(OPEN_BY_ASSIGNEE)
                        .keySchema(key("openAssignee", KeyType.HASH), key("openedAt", KeyType.RANGE))
                        .projection(p -> p.projectionType(ProjectionType.ALL))
                        .build())
                .build();
    }

    public static Map<String, AttributeValue> openTicket(String ticketId, String assignee, Instant openedAt) {
        return Map.of(
                "ticketId", AttributeValue.fromS(ticketId),
                "assignee", AttributeValue.fromS(assignee),
                "openedAt", AttributeValue.fromS(openedAt.toString()),
                "status", AttributeValue.fromS("OPEN"),
                // The index key: present while the ticket is open, removed when it closes.
                "openAssignee", AttributeValue.fromS(assignee));
    }

    public static void close(DynamoDbClient client, String tableName, String ticketId) {
        client.updateItem(b -> b.tableName(tableName)
                .key(Map.of("ticketId", AttributeValue.fromS(ticketId)))
                .updateExpression("SET #st = :closed REMOVE openAssignee")
                .conditionExpression("attribute_exists(ticketId)") // never create half a ticket
                .expressionAttributeNames(Map.of("#st", "status"))
                .expressionAttributeValues(Map.of(":closed", AttributeValue.fromS("CLOSED"))));
    }

    public static QueryRequest openTicketsOf(String tableName, String assignee) {
        return QueryRequest.builder()
                .tableName(tableName)
                .indexName(OPEN_BY_ASSIGNEE)
                .keyConditionExpression("openAssignee = :a")
                .expressionAttributeValues(Map.of(":a", AttributeValue.fromS(assignee)))
                .build();
    }

    private static AttributeDefinition attribute(String name, ScalarAttributeType type) {
        return AttributeDefinition.builder()
                .attributeName(name)
                .attributeType(type)
                .build();
    }

    private static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }
}
