package com.example.dynamodb.projects.profiles;

import com.example.dynamodb.support.Tables;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * One table, two kinds of item under a generic partition key {@code pk}: the profile
 * ({@code USER#ada}) and the reservation of its email ({@code EMAIL#ada@example.com}). Every
 * access pattern is a GetItem or a transaction on these keys: no index, no scan.
 */
public final class ProfilesTable {

    private ProfilesTable() {}

    // tag::definition[]
    public static CreateTableRequest definition(String tableName) {
        return CreateTableRequest.builder()
                .tableName(tableName)
                // Sign-ups come in bursts after a campaign: on-demand follows them (see the README's numbers).
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(AttributeDefinition.builder()
                        .attributeName("pk")
                        .attributeType(ScalarAttributeType.S)
                        .build())
                .keySchema(KeySchemaElement.builder()
                        .attributeName("pk")
                        .keyType(KeyType.HASH)
                        .build())
                .build();
    }
    // end::definition[]

    /** Reserves a name for {@code logicalName}, creates the table and waits for it; returns the name. */
    public static String create(Tables tables, String logicalName) {
        String name = tables.reserve(logicalName);
        tables.createAndWait(definition(name));
        return name;
    }
}
