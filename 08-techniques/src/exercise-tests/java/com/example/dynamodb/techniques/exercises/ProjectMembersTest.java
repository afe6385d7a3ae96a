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
@DisplayName("Exercise 08.1 Project members")
class ProjectMembersTest {

    /** The staffing table of section 1: PK, SK, and the inverted index with the two swapped. */
    private static String staffing(DynamoDbClient client, Tables tables) {
        String table = tables.reserve("Staffing");
        tables.createAndWait(CreateTableRequest.builder()
                .tableName(table)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(string("PK"), string("SK"))
                .keySchema(key("PK", KeyType.HASH), key("SK", KeyType.RANGE))
                .globalSecondaryIndexes(GlobalSecondaryIndex.builder()
                        .indexName("InvertedIndex")
                        .keySchema(key("SK", KeyType.HASH), key("PK", KeyType.RANGE))
                        .projection(Projection.builder()
                                .projectionType(ProjectionType.ALL)
                                .build())
                        .build())
                .build());
        return table;
    }

    private static AttributeDefinition string(String name) {
        return AttributeDefinition.builder()
                .attributeName(name)
                .attributeType(ScalarAttributeType.S)
                .build();
    }

    private static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
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
