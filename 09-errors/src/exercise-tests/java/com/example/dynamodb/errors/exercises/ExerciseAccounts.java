package com.example.dynamodb.errors.exercises;

import com.example.dynamodb.support.Tables;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** TEST CODE shared by the exercise tests: an Accounts table (key {@code accountId}) with alice in it. */
final class ExerciseAccounts {

    private ExerciseAccounts() {}

    /** Creates the table, puts alice with {@code balance}, and returns the table's name. */
    static String withAlice(DynamoDbClient client, Tables tables, long balance) {
        String table = tables.reserve("Accounts");
        tables.createAndWait(CreateTableRequest.builder()
                .tableName(table)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(AttributeDefinition.builder()
                        .attributeName("accountId")
                        .attributeType(ScalarAttributeType.S)
                        .build())
                .keySchema(KeySchemaElement.builder()
                        .attributeName("accountId")
                        .keyType(KeyType.HASH)
                        .build())
                .build());
        client.putItem(b -> b.tableName(table)
                .item(Map.of(
                        "accountId",
                        AttributeValue.fromS("alice"),
                        "balance",
                        AttributeValue.fromN(Long.toString(balance)))));
        return table;
    }
}
