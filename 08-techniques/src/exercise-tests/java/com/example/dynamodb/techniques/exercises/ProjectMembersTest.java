package com.example.dynamodb.techniques.exercises;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

@DynamoDbTest
class ProjectMembersTest {

    private static String staffing(DynamoDbClient client, Tables tables) {
        String table = tables.reserve("Staffing");
        tables.createAndWait(CreateTableRequest.builder()
                .tableName(table)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                        AttributeDefinition.builder()
                                .attributeName("PK")
                                .attributeType(ScalarAttributeType.S)
                                .build(),
                        AttributeDefinition.builder()
                                .attributeName("SK")
                                .attributeType(ScalarAttributeType.S)
                                .build())
                .keySchema(
                        KeySchemaElement.builder()
                                .attributeName("PK")
                                .keyType(KeyType.HASH)
                                .build(),
                        KeySchemaElement.builder()
                                .attributeName("SK")
                                .keyType(KeyType.RANGE)
                                .build())
                .globalSecondaryIndexes(GlobalSecondaryIndex.builder()
                        .indexName("InvertedIndex")
                        .keySchema(
                                KeySchemaElement.builder()
                                        .attributeName("SK")
                                        .keyType(KeyType.HASH)
                                        .build(),
                                KeySchemaElement.builder()
                                        .attributeName("PK")
                                        .keyType(KeyType.RANGE)
                                        .build())
                        .projection(Projection.builder()
                                .projectionType(ProjectionType.ALL)
                                .build())
                        .build())
                .build());
        return table;
    }

    private static void put(DynamoDbClient client, String table, String pk, String sk) {
        client.putItem(b -> b.tableName(table)
                .item(Map.of(
                        "PK",
                        AttributeValue.fromS(pk),
                        "SK",
                        AttributeValue.fromS(sk),
                        "role",
                        AttributeValue.fromS("dev"))));
    }

    @Test
    @DisplayName("08.1: the employees on a project, in index order, and nothing else")
    void employeesOfOneProject(DynamoDbClient client, Tables tables) {
        String table = staffing(client, tables);
        put(client, table, "PROJ#p1", "PROJ#p1");
        put(client, table, "PROJ#p2", "PROJ#p2");
        for (String e : List.of("e3", "e1", "e2")) {
            put(client, table, "EMP#" + e, "EMP#" + e);
            put(client, table, "EMP#" + e, "PROJ#p1");
        }
        put(client, table, "EMP#e9", "EMP#e9");
        put(client, table, "EMP#e9", "PROJ#p2");

        assertThat(ProjectMembers.employeesOn(client, table, "p1")).containsExactly("e1", "e2", "e3");
        assertThat(ProjectMembers.employeesOn(client, table, "p2")).containsExactly("e9");
    }

    @Test
    @DisplayName("08.1: a project nobody works on has no employees (its own item is not one)")
    void emptyProject(DynamoDbClient client, Tables tables) {
        String table = staffing(client, tables);
        put(client, table, "PROJ#p7", "PROJ#p7");

        assertThat(ProjectMembers.employeesOn(client, table, "p7")).isEmpty();
    }

    @Test
    @DisplayName("08.1: a large project is read to its last page")
    void everyPage(DynamoDbClient client, Tables tables) {
        String table = staffing(client, tables);
        put(client, table, "PROJ#big", "PROJ#big");
        String padding = "x".repeat(30_000); // 40 edges of 30 KB: more than one 1 MB page
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String id = String.format("e%02d", i);
            expected.add(id);
            client.putItem(b -> b.tableName(table)
                    .item(Map.of(
                            "PK", AttributeValue.fromS("EMP#" + id),
                            "SK", AttributeValue.fromS("PROJ#big"),
                            "notes", AttributeValue.fromS(padding))));
        }

        assertThat(ProjectMembers.employeesOn(client, table, "big")).containsExactlyElementsOf(expected);
    }
}
