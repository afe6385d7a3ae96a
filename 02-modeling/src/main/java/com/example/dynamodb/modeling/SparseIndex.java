package com.example.dynamodb.modeling;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * A sparse index: an item appears in a GSI only if it has the index's key attributes. Keying an
 * index on {@code escalatedTo}, an attribute only escalated orders carry, gives a small index that
 * lists exactly the open escalations; removing the attribute takes the order out again.
 */
public final class SparseIndex {

    private SparseIndex() {}

    public static CreateTableRequest tableDefinition(String tableName) {
        return CreateTableRequest.builder()
                .tableName(tableName)
                .attributeDefinitions(
                        a -> a.attributeName("orderId").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("escalatedTo").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("escalatedAt").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("orderId").keyType(KeyType.HASH))
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .globalSecondaryIndexes(g -> g.indexName(ESCALATIONS)
                        .keySchema(
                                k -> k.attributeName("escalatedTo").keyType(KeyType.HASH),
                                k -> k.attributeName("escalatedAt").keyType(KeyType.RANGE))
                        .projection(p -> p.projectionType(ProjectionType.KEYS_ONLY)))
                .build();
    }

    public static void putOrder(DynamoDbClient client, String table, String orderId) {
        client.putItem(b -> b.tableName(table).item(Map.of("orderId", AttributeValue.fromS(orderId))));
    }

    // tag::sparse[]
    public static final String ESCALATIONS = "EscalationsIndex";

    /** Adding the index keys puts the order into the index... */
    public static void escalate(DynamoDbClient client, String table, String orderId, String team, String at) {
        client.updateItem(b -> b.tableName(table)
                .key(Map.of("orderId", AttributeValue.fromS(orderId)))
                .updateExpression("SET escalatedTo = :team, escalatedAt = :at")
                .expressionAttributeValues(
                        Map.of(":team", AttributeValue.fromS(team), ":at", AttributeValue.fromS(at))));
    }

    /** ...and removing them takes it out again. */
    public static void resolve(DynamoDbClient client, String table, String orderId) {
        client.updateItem(b -> b.tableName(table)
                .key(Map.of("orderId", AttributeValue.fromS(orderId)))
                .updateExpression("REMOVE escalatedTo, escalatedAt"));
    }

    /** Open escalations for one team, oldest first: reads only the escalated orders. */
    public static List<String> openEscalations(DynamoDbClient client, String table, String team) {
        return client
                .queryPaginator(b -> b.tableName(table)
                        .indexName(ESCALATIONS)
                        .keyConditionExpression("escalatedTo = :team")
                        .expressionAttributeValues(Map.of(":team", AttributeValue.fromS(team))))
                .items()
                .stream()
                .map(item -> item.get("orderId").s())
                .toList();
    }
    // end::sparse[]

    /** How many items the index holds (a scan of the index; fine for a demo-sized table). */
    public static int indexSize(DynamoDbClient client, String table) {
        return client.scanPaginator(b -> b.tableName(table).indexName(ESCALATIONS)).stream()
                .mapToInt(page -> page.count())
                .sum();
    }

    static void demo(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("3c. Sparse index: only items with the attribute appear");
        DynamoDbClient client = ddb.client();
        String table = tables.reserve("SupportOrders");
        tables.createAndWait(tableDefinition(table));
        for (int i = 1; i <= 10; i++) {
            putOrder(client, table, "o-" + i);
        }
        escalate(client, table, "o-3", "billing", "2026-11-01T10:00:00Z");
        escalate(client, table, "o-7", "billing", "2026-11-01T09:00:00Z");
        Narrator.show("10 orders, 2 escalated; items in the index", indexSize(client, table));
        Narrator.show("billing's open escalations, oldest first", openEscalations(client, table, "billing"));
        resolve(client, table, "o-7");
        Narrator.show("after resolving o-7", openEscalations(client, table, "billing"));
    }

    public static void main(String[] args) {
        Walkthroughs.run(SparseIndex::demo);
    }
}
