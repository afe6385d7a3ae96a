package com.example.dynamodb.modeling;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * What an index stores is its projection. {@code ALL} copies every attribute (index reads need no
 * table, but every write copies the whole item), {@code KEYS_ONLY} copies only the table's and
 * the index's keys (cheapest), {@code INCLUDE} adds the attributes you name. Asking an
 * {@code INCLUDE} index for {@code ALL_ATTRIBUTES} is an error: a GSI cannot fetch from the table.
 */
public final class GsiProjections {

    private GsiProjections() {}

    // tag::projections[]
    public static final String ALL = "ByCustomerAll";
    public static final String KEYS_ONLY = "ByCustomerKeysOnly";
    public static final String INCLUDE = "ByCustomerIncludeTotal";

    public static CreateTableRequest tableDefinition(String tableName) {
        return CreateTableRequest.builder()
                .tableName(tableName)
                .attributeDefinitions(
                        a -> a.attributeName("orderId").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("customerId").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("orderDate").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("orderId").keyType(KeyType.HASH))
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .globalSecondaryIndexes(
                        byCustomer(ALL, ProjectionType.ALL),
                        byCustomer(KEYS_ONLY, ProjectionType.KEYS_ONLY),
                        byCustomer(INCLUDE, ProjectionType.INCLUDE, "total"))
                .build();
    }

    /** Three indexes with the same keys; only the projection differs. */
    private static GlobalSecondaryIndex byCustomer(String name, ProjectionType type, String... nonKeyAttributes) {
        Projection.Builder projection = Projection.builder().projectionType(type);
        if (nonKeyAttributes.length > 0) { // only INCLUDE names extra attributes
            projection.nonKeyAttributes(nonKeyAttributes);
        }
        return GlobalSecondaryIndex.builder()
                .indexName(name)
                .keySchema(
                        k -> k.attributeName("customerId").keyType(KeyType.HASH),
                        k -> k.attributeName("orderDate").keyType(KeyType.RANGE))
                .projection(projection.build())
                .build();
    }
    // end::projections[]

    /** Writes an order with a large {@code notes} attribute; returns the per-index write cost. */
    public static ConsumedCapacity putOrder(
            DynamoDbClient client,
            String table,
            String orderId,
            String customerId,
            String orderDate,
            int total,
            String notes) {
        return client.putItem(b -> b.tableName(table)
                        .item(Map.of(
                                "orderId",
                                AttributeValue.fromS(orderId),
                                "customerId",
                                AttributeValue.fromS(customerId),
                                "orderDate",
                                AttributeValue.fromS(orderDate),
                                "total",
                                AttributeValue.fromN("" + total),
                                "notes",
                                AttributeValue.fromS(notes)))
                        .returnConsumedCapacity(ReturnConsumedCapacity.INDEXES))
                .consumedCapacity();
    }

    /** Queries one index for a customer's orders; {@code select} may be null (the default). */
    public static QueryResponse query(
            DynamoDbClient client, String table, String index, String customerId, Select select) {
        return client.query(b -> b.tableName(table)
                .indexName(index)
                .select(select)
                .keyConditionExpression("customerId = :c")
                .expressionAttributeValues(Map.of(":c", AttributeValue.fromS(customerId)))
                .returnConsumedCapacity(ReturnConsumedCapacity.INDEXES));
    }

    static void demo(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("3b. GSI projections: ALL, KEYS_ONLY, INCLUDE");
        DynamoDbClient client = ddb.client();
        String table = tables.reserve("OrdersProjected");
        tables.createAndWait(tableDefinition(table));
        ConsumedCapacity write = putOrder(client, table, "o-1", "C1", "2026-11-01", 30, "x".repeat(5_000));
        Narrator.step("One 5 KB order written; write cost per index (WCU):");
        Narrator.show("table", write.table().capacityUnits());
        new TreeMap<>(write.globalSecondaryIndexes()).forEach((name, c) -> Narrator.show(name, c.capacityUnits()));
        Narrator.step("Querying each index: what comes back and what it costs (RCU)");
        for (String index : new String[] {ALL, KEYS_ONLY, INCLUDE}) {
            QueryResponse r = query(client, table, index, "C1", null);
            Narrator.show(
                    index,
                    new TreeSet<>(r.items().get(0).keySet()) + ", "
                            + r.consumedCapacity().capacityUnits() + " RCU");
        }
        Narrator.step("Select ALL_ATTRIBUTES on the INCLUDE index:");
        try {
            query(client, table, INCLUDE, "C1", Select.ALL_ATTRIBUTES);
        } catch (DynamoDbException e) {
            Narrator.say("rejected: " + e.awsErrorDetails().errorMessage());
        }
    }

    public static void main(String[] args) {
        Walkthroughs.run(GsiProjections::demo);
    }
}
