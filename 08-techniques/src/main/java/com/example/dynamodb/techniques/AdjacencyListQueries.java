package com.example.dynamodb.techniques;

import com.example.dynamodb.support.Narrator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The access patterns of the adjacency list, one method each: the edges of a node from the table,
 * the edges into a node from the inverted index, and a two-hop walk that combines both.
 */
public final class AdjacencyListQueries {

    private AdjacencyListQueries() {}

    /** A node's own item (an employee's or a project's details): one GetItem on PK = SK. */
    public static Optional<String> nameOf(DynamoDbClient client, String table, String type, String id) {
        String key = type + "#" + id;
        Map<String, AttributeValue> item = client.getItem(b -> b.tableName(table)
                        .key(Map.of("PK", AttributeValue.fromS(key), "SK", AttributeValue.fromS(key))))
                .item();
        return item.isEmpty() ? Optional.empty() : Optional.of(item.get("name").s());
    }

    // tag::projects-of[]
    /** The projects of one employee: the edges in the employee's item collection. */
    public static List<Assignment> projectsOf(DynamoDbClient client, String table, String employeeId) {
        return client
                .queryPaginator(b -> b.tableName(table)
                        .keyConditionExpression("PK = :emp AND begins_with(SK, :proj)")
                        .expressionAttributeValues(Map.of(
                                ":emp", AttributeValue.fromS("EMP#" + employeeId),
                                ":proj", AttributeValue.fromS("PROJ#"))))
                .items()
                .stream()
                .map(i -> new Assignment(
                        i.get("PK").s().substring("EMP#".length()),
                        i.get("SK").s().substring("PROJ#".length()),
                        i.get("role").s()))
                .toList();
    }
    // end::projects-of[]

    // tag::employees-on[]
    /** The employees on one project: the same edges, read from the inverted index. */
    public static List<Assignment> employeesOn(DynamoDbClient client, String table, String projectId) {
        return client
                .queryPaginator(b -> b.tableName(table)
                        .indexName("InvertedIndex")
                        // In the index SK is the partition key; begins_with skips the project's own item.
                        .keyConditionExpression("SK = :proj AND begins_with(PK, :emp)")
                        .expressionAttributeValues(Map.of(
                                ":proj", AttributeValue.fromS("PROJ#" + projectId),
                                ":emp", AttributeValue.fromS("EMP#"))))
                .items()
                .stream()
                .map(i -> new Assignment(
                        i.get("PK").s().substring("EMP#".length()),
                        i.get("SK").s().substring("PROJ#".length()),
                        i.get("role").s()))
                .toList();
    }
    // end::employees-on[]

    /**
     * Colleagues of an employee: everyone who shares at least one project, with the projects
     * shared. Two hops: one query for the employee's projects, then one index query per project.
     */
    public static Colleagues colleaguesOf(DynamoDbClient client, String table, String employeeId) {
        List<Assignment> mine = projectsOf(client, table, employeeId);
        int queries = 1;
        Map<String, TreeSet<String>> shared = new TreeMap<>();
        for (Assignment project : mine) {
            queries++;
            for (Assignment other : employeesOn(client, table, project.projectId())) {
                if (!other.employeeId().equals(employeeId)) {
                    shared.computeIfAbsent(other.employeeId(), k -> new TreeSet<>())
                            .add(project.projectId());
                }
            }
        }
        Map<String, List<String>> result = new TreeMap<>();
        shared.forEach((colleague, projects) -> result.put(colleague, new ArrayList<>(projects)));
        return new Colleagues(result, queries);
    }

    static void narrate(DynamoDbClient client, String table) {
        Narrator.step("Projects of e1 (table: PK = EMP#e1 AND begins_with(SK, PROJ#)): "
                + projectsOf(client, table, "e1").stream()
                        .map(a -> a.projectId() + " as " + a.role())
                        .toList());
        Narrator.step("Employees on p2 (InvertedIndex: SK = PROJ#p2 AND begins_with(PK, EMP#)): "
                + employeesOn(client, table, "p2").stream()
                        .map(a -> a.employeeId() + " as " + a.role())
                        .toList());
        Colleagues colleagues = colleaguesOf(client, table, "e1");
        Narrator.step(
                "Colleagues of e1, two hops in " + colleagues.queries() + " queries: " + colleagues.sharedProjects());
    }
}
