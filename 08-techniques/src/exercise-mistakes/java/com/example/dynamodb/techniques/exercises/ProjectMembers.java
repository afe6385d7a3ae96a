package com.example.dynamodb.techniques.exercises;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Exercise 08.1, a plausible mistake: the right index and key, but no condition on the sort key,
 * so the project's own item (PK = PROJ#p1) comes back as if it were an employee.
 */
public final class ProjectMembers {

    private ProjectMembers() {}

    public static List<String> employeesOn(DynamoDbClient client, String table, String projectId) {
        return client
                .queryPaginator(b -> b.tableName(table)
                        .indexName("InvertedIndex")
                        .keyConditionExpression("SK = :proj")
                        .expressionAttributeValues(Map.of(":proj", AttributeValue.fromS("PROJ#" + projectId))))
                .items()
                .stream()
                .map(item -> item.get("PK").s().replace("EMP#", ""))
                .toList();
    }
}
