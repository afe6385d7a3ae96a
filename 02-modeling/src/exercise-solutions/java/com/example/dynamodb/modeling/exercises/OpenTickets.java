package com.example.dynamodb.modeling.exercises;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * Reference solution of exercise 02.2 A sparse index of open tickets: the GSI is keyed by
 * {@code openAssignee}, an attribute only open tickets carry, and sorted by {@code openedAt} in one
 * fixed format ({@code Instant.toString()} is not one: "…09:00:00.500Z" sorts before "…09:00:00Z").
 */
public final class OpenTickets {

    public static final String OPEN_BY_ASSIGNEE = "OpenByAssignee";

    /** One fixed format (UTC, three fraction digits): these strings sort like the instants they name. */
    private static final DateTimeFormatter SORTABLE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private OpenTickets() {}

    public static CreateTableRequest tableDefinition(String tableName) {
        return KeyDesign.table(
                tableName,
                KeyDesign.key("ticketId"),
                KeyDesign.index(OPEN_BY_ASSIGNEE, KeyDesign.key("openAssignee", "openedAt")));
    }

    public static Map<String, AttributeValue> openTicket(String ticketId, String assignee, Instant openedAt) {
        return Map.of(
                "ticketId", AttributeValue.fromS(ticketId),
                "assignee", AttributeValue.fromS(assignee),
                "openedAt", AttributeValue.fromS(SORTABLE.format(openedAt)),
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
}
