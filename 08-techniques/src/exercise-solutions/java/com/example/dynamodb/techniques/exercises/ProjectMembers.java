package com.example.dynamodb.techniques.exercises;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Exercise 08.1, reference solution: the inverted index, with begins_with skipping the project's own item. */
public final class ProjectMembers {

    private ProjectMembers() {}

    public static List<String> employeesOn(DynamoDbClient client, String table, String projectId) {
        return client
                .queryPaginator(b -> b.tableName(table)
                        .indexName("InvertedIndex")
                        .keyConditionExpression("SK = :proj AND begins_with(PK, :emp)")
                        .expressionAttributeValues(Map.of(
                                ":proj", AttributeValue.fromS("PROJ#" + projectId),
                                ":emp", AttributeValue.fromS("EMP#"))))
                .items()
                .stream()
                .map(item -> item.get("PK").s().substring("EMP#".length()))
                .toList();
    }
}
