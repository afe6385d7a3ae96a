package com.example.dynamodb.techniques;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * A many-to-many graph in one table: employees, projects, and the assignments between them. Every
 * node is an item whose sort key repeats its partition key ({@code EMP#e1 / EMP#e1}); every edge is
 * an item in the employee's collection ({@code EMP#e1 / PROJ#p1}). The GSI {@code InvertedIndex}
 * swaps the two keys, so the same edge is found from the project's side.
 */
public final class AdjacencyList {

    public static final String INVERTED_INDEX = "InvertedIndex";

    private AdjacencyList() {}

    // tag::table[]
    public static CreateTableRequest definition(String tableName) {
        return CreateTableRequest.builder()
                .tableName(tableName)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                        a -> a.attributeName("PK").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("SK").attributeType(ScalarAttributeType.S))
                .keySchema(
                        k -> k.attributeName("PK").keyType(KeyType.HASH),
                        k -> k.attributeName("SK").keyType(KeyType.RANGE))
                .globalSecondaryIndexes(i -> i.indexName("InvertedIndex")
                        // The inverted index: the table's sort key is its partition key, and back.
                        .keySchema(
                                k -> k.attributeName("SK").keyType(KeyType.HASH),
                                k -> k.attributeName("PK").keyType(KeyType.RANGE))
                        .projection(p -> p.projectionType(ProjectionType.ALL)))
                .build();
    }
    // end::table[]

    /** A node: an employee ("EMP", "e1", name) or a project ("PROJ", "p1", name). */
    public static void putNode(DynamoDbClient client, String table, String type, String id, String name) {
        String key = type + "#" + requireId(id);
        client.putItem(b -> b.tableName(table)
                .item(Map.of(
                        "PK", AttributeValue.fromS(key),
                        "SK", AttributeValue.fromS(key),
                        "name", AttributeValue.fromS(name))));
    }

    // tag::assign[]
    /** Adds the edge employee -> project, only if both nodes exist: never a dangling edge. */
    public static void assign(DynamoDbClient client, String table, String employeeId, String projectId, String role) {
        String emp = "EMP#" + employeeId;
        String proj = "PROJ#" + projectId;
        try {
            client.transactWriteItems(b -> b.transactItems(
                    TransactWriteItem.builder()
                            .conditionCheck(c -> c.tableName(table)
                                    .key(Map.of("PK", AttributeValue.fromS(emp), "SK", AttributeValue.fromS(emp)))
                                    .conditionExpression("attribute_exists(PK)"))
                            .build(),
                    TransactWriteItem.builder()
                            .conditionCheck(c -> c.tableName(table)
                                    .key(Map.of("PK", AttributeValue.fromS(proj), "SK", AttributeValue.fromS(proj)))
                                    .conditionExpression("attribute_exists(PK)"))
                            .build(),
                    TransactWriteItem.builder()
                            .put(p -> p.tableName(table)
                                    .item(Map.of(
                                            "PK", AttributeValue.fromS(emp),
                                            "SK", AttributeValue.fromS(proj),
                                            "role", AttributeValue.fromS(role))))
                            .build()));
        } catch (TransactionCanceledException e) {
            List<CancellationReason> reasons = e.cancellationReasons();
            String missing = "ConditionalCheckFailed".equals(reasons.get(0).code()) ? "employee " + employeeId : "";
            if ("ConditionalCheckFailed".equals(reasons.get(1).code())) {
                missing += (missing.isEmpty() ? "" : " and ") + "project " + projectId;
            }
            throw new IllegalArgumentException(
                    "Cannot assign " + employeeId + " to " + projectId + ": no " + missing + "; nothing was written",
                    e);
        }
    }
    // end::assign[]

    static String requireId(String id) {
        if (id == null || id.isEmpty() || id.contains("#")) {
            throw new IllegalArgumentException("An id must be non-empty and may not contain '#', got: " + id);
        }
        return id;
    }

    /** A small company: four employees on three projects (e1 and e2 share two of them). */
    public static void seed(DynamoDbClient client, String table) {
        for (String[] e : new String[][] {{"e1", "Ana"}, {"e2", "Ben"}, {"e3", "Chloe"}, {"e4", "Dev"}}) {
            putNode(client, table, "EMP", e[0], e[1]);
        }
        for (String[] p : new String[][] {{"p1", "Billing"}, {"p2", "Search"}, {"p3", "Mobile"}}) {
            putNode(client, table, "PROJ", p[0], p[1]);
        }
        assign(client, table, "e1", "p1", "lead");
        assign(client, table, "e1", "p2", "developer");
        assign(client, table, "e2", "p1", "developer");
        assign(client, table, "e2", "p2", "tester");
        assign(client, table, "e3", "p2", "designer");
        assign(client, table, "e4", "p3", "lead");
    }

    static void demo(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("Adjacency list: employees <-> projects in one table");
        String table = tables.reserve("Staffing");
        tables.createAndWait(definition(table));
        seed(ddb.client(), table);
        Narrator.step("4 employees, 3 projects, 6 assignment edges; GSI " + INVERTED_INDEX + " swaps PK and SK");
        AdjacencyListQueries.narrate(ddb.client(), table);
        try {
            assign(ddb.client(), table, "e9", "p1", "lead");
        } catch (IllegalArgumentException e) {
            Narrator.step("Rejected: " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        Walkthroughs.run(AdjacencyList::demo);
    }
}
