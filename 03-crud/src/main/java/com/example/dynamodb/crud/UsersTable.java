package com.example.dynamodb.crud;

import com.example.dynamodb.support.Tables;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The table every lesson of this module writes to: the seed's {@code Users} table, keyed by a
 * string {@code UserID} alone (a simple primary key), billed on demand.
 */
public final class UsersTable {

    /** The partition key's attribute name, spelled as in the seed's CLI example. */
    public static final String PK = "UserID";

    private UsersTable() {}

    /** Creates the table under a name reserved from {@code tables} and returns that name. */
    public static String create(Tables tables, String logicalName) {
        String name = tables.reserve(logicalName);
        tables.createAndWait(CreateTableRequest.builder()
                .tableName(name)
                .keySchema(k -> k.attributeName(PK).keyType(KeyType.HASH))
                .attributeDefinitions(a -> a.attributeName(PK).attributeType(ScalarAttributeType.S))
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .build());
        return name;
    }

    /** The primary key of one user: every single-item operation needs all of it. */
    public static Map<String, AttributeValue> key(String userId) {
        return Map.of(PK, AttributeValue.fromS(userId));
    }

    /** Shorthands for this module's tests only; example code writes {@code AttributeValue.fromS(...)}. */
    static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }
}
