package com.example.dynamodb.modeling;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Single-table design: customers, orders, order items and products in ONE table, keys built by
 * {@link ShopKeys}. Each access pattern is one request: related items share a partition key (an
 * item collection), so one Query returns an order with its items, or a customer with its orders.
 */
public final class SingleTableShop {

    private SingleTableShop() {}

    public static CreateTableRequest tableDefinition(String tableName) {
        return CreateTableRequest.builder()
                .tableName(tableName)
                .attributeDefinitions(
                        a -> a.attributeName("PK").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("SK").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("GSI1PK").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("GSI1SK").attributeType(ScalarAttributeType.S))
                .keySchema(
                        k -> k.attributeName("PK").keyType(KeyType.HASH),
                        k -> k.attributeName("SK").keyType(KeyType.RANGE))
                .globalSecondaryIndexes(g -> g.indexName(ShopKeys.GSI1)
                        .keySchema(
                                k -> k.attributeName("GSI1PK").keyType(KeyType.HASH),
                                k -> k.attributeName("GSI1SK").keyType(KeyType.RANGE))
                        .projection(p -> p.projectionType(ProjectionType.ALL)))
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .build();
    }

    /** Writes the sample shop: every entity, all into the same table. */
    public static void load(DynamoDbClient client, String table) {
        ShopData.CUSTOMERS.forEach(c -> put(client, table, ShopKeys.customerItem(c)));
        ShopData.PRODUCTS.forEach(p -> put(client, table, ShopKeys.productItem(p)));
        for (ShopData.ShopOrder o : ShopData.ORDERS) {
            put(client, table, ShopKeys.orderItem(o));
            o.lines().forEach(line -> put(client, table, ShopKeys.lineItem(o, line)));
        }
    }

    private static void put(DynamoDbClient client, String table, Map<String, AttributeValue> item) {
        client.putItem(b -> b.tableName(table).item(item));
    }

    // tag::patterns[]
    /** AP1 get a customer: GetItem PK=CUSTOMER#id, SK=PROFILE. */
    public static Map<String, AttributeValue> customer(DynamoDbClient c, String t, String id) {
        return c.getItem(b -> b.tableName(t)
                        .key(Map.of(
                                "PK", AttributeValue.fromS(ShopKeys.customerPk(id)),
                                "SK", AttributeValue.fromS("PROFILE"))))
                .item();
    }

    /** AP2 get a product: GetItem PK=PRODUCT#id, SK=DETAILS. */
    public static Map<String, AttributeValue> product(DynamoDbClient c, String t, String id) {
        return c.getItem(b -> b.tableName(t)
                        .key(Map.of(
                                "PK", AttributeValue.fromS(ShopKeys.productPk(id)),
                                "SK", AttributeValue.fromS("DETAILS"))))
                .item();
    }

    /** AP3 an order and its items: Query PK=ORDER#id (the whole item collection). */
    public static List<Map<String, AttributeValue>> orderWithItems(DynamoDbClient c, String t, String id) {
        return query(c, t, null, "PK = :pk", ShopKeys.orderPk(id), null, true);
    }

    /** AP4 a customer's orders, newest first: GSI1PK=CUSTOMER#id, begins_with(GSI1SK, ORDER#). */
    public static List<Map<String, AttributeValue>> ordersNewestFirst(DynamoDbClient c, String t, String id) {
        return query(
                c,
                t,
                ShopKeys.GSI1,
                "GSI1PK = :pk AND begins_with(GSI1SK, :a)",
                ShopKeys.customerPk(id),
                "ORDER#",
                false);
    }

    /** AP5 a customer's orders placed on or after a date: GSI1SK >= ORDER#date. */
    public static List<Map<String, AttributeValue>> ordersSince(DynamoDbClient c, String t, String id, String date) {
        return query(
                c,
                t,
                ShopKeys.GSI1,
                "GSI1PK = :pk AND GSI1SK BETWEEN :a AND :b",
                ShopKeys.customerPk(id),
                "ORDER#" + date,
                true,
                "ORDER#~"); // '~' sorts after digits
    }

    /** AP6 a customer's profile and latest orders in ONE query: GSI1PK=CUSTOMER#id, descending. */
    public static List<Map<String, AttributeValue>> customerWithOrders(DynamoDbClient c, String t, String id) {
        return query(c, t, ShopKeys.GSI1, "GSI1PK = :pk", ShopKeys.customerPk(id), null, false);
    }

    /** AP7 the orders that contain a product: GSI1 GSI1PK=PRODUCT#id. */
    public static List<Map<String, AttributeValue>> orderLinesForProduct(DynamoDbClient c, String t, String id) {
        return query(c, t, ShopKeys.GSI1, "GSI1PK = :pk", ShopKeys.productPk(id), null, true);
    }
    // end::patterns[]

    private static List<Map<String, AttributeValue>> query(
            DynamoDbClient client,
            String table,
            String index,
            String condition,
            String pk,
            String a,
            boolean ascending,
            String... b) {
        Map<String, AttributeValue> values = new java.util.HashMap<>();
        values.put(":pk", AttributeValue.fromS(pk));
        if (a != null) {
            values.put(":a", AttributeValue.fromS(a));
        }
        if (b.length > 0) {
            values.put(":b", AttributeValue.fromS(b[0]));
        }
        QueryRequest request = QueryRequest.builder()
                .tableName(table)
                .indexName(index)
                .keyConditionExpression(condition)
                .expressionAttributeValues(values)
                .scanIndexForward(ascending)
                .build();
        return client.queryPaginator(request).items().stream().toList();
    }

    /** AP1 through the Enhanced Client, with the immutable record {@link ShopCustomer}. */
    public static ShopCustomer customer(DynamoDbEnhancedClient enhanced, String table, String id) {
        return enhanced.table(table, TableSchema.fromImmutableClass(ShopCustomer.class))
                .getItem(Key.builder()
                        .partitionValue(ShopKeys.customerPk(id))
                        .sortValue("PROFILE")
                        .build());
    }

    static void demo(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("5. Single-table design: an e-commerce shop in one table");
        DynamoDbClient client = ddb.client();
        String table = tables.reserve("Shop");
        tables.createAndWait(tableDefinition(table));
        load(client, table);
        Narrator.step("AP3 order o1 with its items (one Query on PK=ORDER#o1):");
        Narrator.items(orderWithItems(client, table, "o1"));
        Narrator.step("AP6 customer c1 and their orders, newest first (one Query on GSI1):");
        Narrator.items(customerWithOrders(client, table, "c1"));
        Narrator.step("AP1 through the Enhanced Client (immutable record):");
        Narrator.say(customer(ddb.enhancedClient(), table, "c1").toString());
    }

    public static void main(String[] args) {
        try (DynamoDbBackend ddb = DynamoDbBackend.open();
                Tables tables = Tables.forWalkthrough(ddb)) {
            demo(ddb, tables);
        }
    }
}
