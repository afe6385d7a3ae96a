package com.example.dynamodb.techniques;

import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** The plain table shape several examples share: a string partition key and a string sort key, on demand. */
public final class SimpleTables {

    private SimpleTables() {}

    /** Partition key {@code pk}, sort key {@code sk}. */
    public static CreateTableRequest pkSk(String tableName) {
        return keyed(tableName, "pk", "sk");
    }

    public static CreateTableRequest keyed(String tableName, String partitionKey, String sortKey) {
        return CreateTableRequest.builder()
                .tableName(tableName)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                        a -> a.attributeName(partitionKey).attributeType(ScalarAttributeType.S),
                        a -> a.attributeName(sortKey).attributeType(ScalarAttributeType.S))
                .keySchema(
                        k -> k.attributeName(partitionKey).keyType(KeyType.HASH),
                        k -> k.attributeName(sortKey).keyType(KeyType.RANGE))
                .build();
    }
}
