package com.example.dynamodb.queryscan;

import com.example.dynamodb.support.Tables;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The table every lesson of this module reads: orders, partitioned by customer and sorted by date.
 *
 * <ul>
 *   <li>partition key {@code customerId} ("c042"), sort key {@code orderKey}: the ISO-8601 order
 *       date followed by the order id ("2024-03-15T10:22:00Z#o-042-07"), so a customer's orders
 *       sort by time and two orders placed in the same second still have distinct keys;
 *   <li>GSI {@code StatusDateIndex}: all orders of one status, sorted by {@code orderDate};
 *   <li>LSI {@code AmountIndex}: one customer's orders sorted by {@code amount} (a number).
 * </ul>
 */
public final class OrdersTable {

    private OrdersTable() {}

    // tag::create[]
    public static final String PK = "customerId";
    public static final String SK = "orderKey";
    public static final String STATUS_INDEX = "StatusDateIndex";
    public static final String AMOUNT_INDEX = "AmountIndex";

    public static CreateTableRequest definition(String tableName) {
        return CreateTableRequest.builder()
                .tableName(tableName)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                        attr(PK, ScalarAttributeType.S),
                        attr(SK, ScalarAttributeType.S),
                        attr("status", ScalarAttributeType.S),
                        attr("orderDate", ScalarAttributeType.S),
                        attr("amount", ScalarAttributeType.N))
                .keySchema(key(PK, KeyType.HASH), key(SK, KeyType.RANGE))
                .globalSecondaryIndexes(GlobalSecondaryIndex.builder()
                        .indexName(STATUS_INDEX)
                        .keySchema(key("status", KeyType.HASH), key("orderDate", KeyType.RANGE))
                        // Only what the index's queries need: a smaller index is cheaper to read and write.
                        .projection(include("amount"))
                        .build())
                .localSecondaryIndexes(LocalSecondaryIndex.builder()
                        .indexName(AMOUNT_INDEX)
                        .keySchema(key(PK, KeyType.HASH), key("amount", KeyType.RANGE))
                        .projection(include("status", "orderDate"))
                        .build())
                .build();
    }

    private static AttributeDefinition attr(String name, ScalarAttributeType type) {
        return AttributeDefinition.builder()
                .attributeName(name)
                .attributeType(type)
                .build();
    }

    private static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }

    private static Projection include(String... attributes) {
        return Projection.builder()
                .projectionType(ProjectionType.INCLUDE)
                .nonKeyAttributes(attributes)
                .build();
    }
    // end::create[]

    /** Creates the table (its name must come from {@code tables.reserve}) and waits for it. */
    public static void create(Tables tables, String tableName) {
        tables.createAndWait(definition(tableName));
    }

    /** A table with a string partition key only, for the small examples. */
    public static CreateTableRequest simpleTable(String tableName, String partitionKey) {
        return CreateTableRequest.builder()
                .tableName(tableName)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(attr(partitionKey, ScalarAttributeType.S))
                .keySchema(key(partitionKey, KeyType.HASH))
                .build();
    }
}
