package com.example.dynamodb.security;

import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The customers table of the client-side encryption examples: keyed by {@code customerId}, which
 * stays readable (signed, never encrypted: DynamoDB must read a key). See {@link Customer}.
 */
public final class CustomersTable {

    private CustomersTable() {}

    /** The table, billed on demand. */
    public static CreateTableRequest definition(String table) {
        return CreateTableRequest.builder()
                .tableName(table)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("customerId").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("customerId").keyType(KeyType.HASH))
                .build();
    }
}
