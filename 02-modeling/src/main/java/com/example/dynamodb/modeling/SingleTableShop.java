package com.example.dynamodb.modeling;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Single-table design: customers, orders, order items and products in ONE table
 * ({@link ShopTable}), keys built by {@link ShopKeys}. Each access pattern is one request: related
 * items share a partition key (an item collection), so one Query returns an order with its items,
 * or (through GSI1) a customer with their orders.
 */
public final class SingleTableShop {

    private SingleTableShop() {}

    // tag::patterns[]
    /** AP1 get a customer: GetItem PK=CUSTOMER#id, SK=PROFILE. */
    public static Map<String, AttributeValue> customer(DynamoDbClient client, String table, String id) {
        return client.getItem(b -> b.tableName(table)
                        .key(Map.of(
                                "PK",
                                AttributeValue.fromS(ShopKeys.customerPk(id)),
                                "SK",
                                AttributeValue.fromS("PROFILE"))))
                .item();
    }

    /** AP2 get a product: GetItem PK=PRODUCT#id, SK=DETAILS. */
    public static Map<String, AttributeValue> product(DynamoDbClient client, String table, String id) {
        return client.getItem(b -> b.tableName(table)
                        .key(Map.of(
                                "PK",
                                AttributeValue.fromS(ShopKeys.productPk(id)),
                                "SK",
                                AttributeValue.fromS("DETAILS"))))
                .item();
    }

    /** AP3 an order and its items: Query PK=ORDER#id (the whole item collection). */
    public static List<Map<String, AttributeValue>> orderWithItems(DynamoDbClient client, String table, String id) {
        return query(client, table, null, true, "PK = :pk", Map.of(":pk", AttributeValue.fromS(ShopKeys.orderPk(id))));
    }

    /** AP4 a customer's orders, newest first: GSI1PK=CUSTOMER#id, begins_with(GSI1SK, ORDER#). */
    public static List<Map<String, AttributeValue>> ordersNewestFirst(DynamoDbClient client, String table, String id) {
        return query(
                client,
                table,
                ShopKeys.GSI1,
                false,
                "GSI1PK = :pk AND begins_with(GSI1SK, :orders)",
                Map.of(
                        ":pk",
                        AttributeValue.fromS(ShopKeys.customerPk(id)),
                        ":orders",
                        AttributeValue.fromS("ORDER#")));
    }

    /** AP5 a customer's orders on or after a date: GSI1SK BETWEEN ORDER#date AND ORDER#~. */
    public static List<Map<String, AttributeValue>> ordersSince(
            DynamoDbClient client, String table, String id, String date) {
        return query(
                client,
                table,
                ShopKeys.GSI1,
                true,
                "GSI1PK = :pk AND GSI1SK BETWEEN :from AND :to",
                // not ">= ORDER#date": that would also match the PROFILE item ('P' sorts after 'O')
                Map.of(
                        ":pk",
                        AttributeValue.fromS(ShopKeys.customerPk(id)),
                        ":from",
                        AttributeValue.fromS("ORDER#" + date),
                        ":to",
                        AttributeValue.fromS("ORDER#~")));
    }

    /** AP6 a customer's profile and latest orders in ONE query: GSI1PK=CUSTOMER#id, descending. */
    public static List<Map<String, AttributeValue>> customerWithOrders(DynamoDbClient client, String table, String id) {
        return query(
                client,
                table,
                ShopKeys.GSI1,
                false,
                "GSI1PK = :pk",
                Map.of(":pk", AttributeValue.fromS(ShopKeys.customerPk(id))));
    }

    /** AP7 the orders that contain a product: GSI1 GSI1PK=PRODUCT#id. */
    public static List<Map<String, AttributeValue>> orderLinesForProduct(
            DynamoDbClient client, String table, String id) {
        return query(
                client,
                table,
                ShopKeys.GSI1,
                true,
                "GSI1PK = :pk",
                Map.of(":pk", AttributeValue.fromS(ShopKeys.productPk(id))));
    }

    private static List<Map<String, AttributeValue>> query(
            DynamoDbClient client,
            String table,
            String index,
            boolean ascending,
            String keyCondition,
            Map<String, AttributeValue> values) {
        return client
                .queryPaginator(b -> b.tableName(table)
                        .indexName(index) // null: the table itself
                        .keyConditionExpression(keyCondition)
                        .expressionAttributeValues(values)
                        .scanIndexForward(ascending))
                .items()
                .stream()
                .toList();
    }
    // end::patterns[]

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
        tables.createAndWait(ShopTable.tableDefinition(table));
        ShopTable.load(client, table);
        Narrator.step("AP3 order o1 with its items (one Query on PK=ORDER#o1):");
        Narrator.items(orderWithItems(client, table, "o1"));
        Narrator.step("AP6 customer c1 and their orders, newest first (one Query on GSI1):");
        Narrator.items(customerWithOrders(client, table, "c1"));
        Narrator.step("AP1 through the Enhanced Client (immutable record):");
        Narrator.say(customer(ddb.enhancedClient(), table, "c1").toString());
    }

    public static void main(String[] args) {
        Walkthroughs.run(SingleTableShop::demo);
    }
}
