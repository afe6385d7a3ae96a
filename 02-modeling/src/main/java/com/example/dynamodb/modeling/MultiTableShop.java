package com.example.dynamodb.modeling;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The contrast: the same shop in one table per entity (Customers, Orders, OrderItems), as a
 * relational designer would start. Each table is simple to read, but "an order with its items" and
 * "a customer with their orders" now take two requests each, one per table, issued by the client.
 */
public final class MultiTableShop {

    private MultiTableShop() {}

    public static void create(Tables tables, Names n) {
        tables.createAndWait(table(n.customers(), "customerId", null).build());
        tables.createAndWait(table(n.orders(), "orderId", null)
                .attributeDefinitions(
                        a -> a.attributeName("orderId").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("customerId").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("orderDate").attributeType(ScalarAttributeType.S))
                .globalSecondaryIndexes(g -> g.indexName("ByCustomer")
                        .keySchema(
                                k -> k.attributeName("customerId").keyType(KeyType.HASH),
                                k -> k.attributeName("orderDate").keyType(KeyType.RANGE))
                        .projection(p -> p.projectionType(ProjectionType.ALL)))
                .build());
        tables.createAndWait(table(n.orderItems(), "orderId", "productId").build());
    }

    private static CreateTableRequest.Builder table(String name, String pk, String sk) {
        CreateTableRequest.Builder b =
                CreateTableRequest.builder().tableName(name).billingMode(BillingMode.PAY_PER_REQUEST);
        if (sk == null) {
            return b.attributeDefinitions(a -> a.attributeName(pk).attributeType(ScalarAttributeType.S))
                    .keySchema(k -> k.attributeName(pk).keyType(KeyType.HASH));
        }
        return b.attributeDefinitions(
                        a -> a.attributeName(pk).attributeType(ScalarAttributeType.S),
                        a -> a.attributeName(sk).attributeType(ScalarAttributeType.S))
                .keySchema(
                        k -> k.attributeName(pk).keyType(KeyType.HASH),
                        k -> k.attributeName(sk).keyType(KeyType.RANGE));
    }

    public static void load(DynamoDbClient client, Names n) {
        ShopData.CUSTOMERS.forEach(c -> client.putItem(b -> b.tableName(n.customers())
                .item(Map.of("customerId", s(c.id()), "name", s(c.name()), "email", s(c.email())))));
        for (ShopData.ShopOrder o : ShopData.ORDERS) {
            client.putItem(b -> b.tableName(n.orders())
                    .item(Map.of("orderId", s(o.id()), "customerId", s(o.customerId()), "orderDate", s(o.date()))));
            o.lines()
                    .forEach(l -> client.putItem(b -> b.tableName(n.orderItems())
                            .item(Map.of(
                                    "orderId",
                                    s(o.id()),
                                    "productId",
                                    s(l.productId()),
                                    "quantity",
                                    AttributeValue.fromN("" + l.quantity())))));
        }
    }

    // tag::twoRequests[]
    /** The physical names of the three tables. */
    public record Names(String customers, String orders, String orderItems) {}

    /** AP3 in three tables: GetItem on Orders, then Query on OrderItems. Two round trips. */
    public static List<Map<String, AttributeValue>> orderWithItems(DynamoDbClient client, Names n, String id) {
        List<Map<String, AttributeValue>> result = new ArrayList<>();
        result.add(client.getItem(b -> b.tableName(n.orders()).key(Map.of("orderId", AttributeValue.fromS(id))))
                .item());
        client.queryPaginator(b -> b.tableName(n.orderItems())
                        .keyConditionExpression("orderId = :o")
                        .expressionAttributeValues(Map.of(":o", AttributeValue.fromS(id))))
                .items()
                .forEach(result::add);
        return result;
    }

    /** AP6 in three tables: GetItem on Customers, then Query on the Orders table's index. */
    public static List<Map<String, AttributeValue>> customerWithOrders(DynamoDbClient client, Names n, String id) {
        List<Map<String, AttributeValue>> result = new ArrayList<>();
        result.add(client.getItem(b -> b.tableName(n.customers()).key(Map.of("customerId", AttributeValue.fromS(id))))
                .item());
        client.queryPaginator(b -> b.tableName(n.orders())
                        .indexName("ByCustomer")
                        .keyConditionExpression("customerId = :c")
                        .expressionAttributeValues(Map.of(":c", AttributeValue.fromS(id)))
                        .scanIndexForward(false))
                .items()
                .forEach(result::add);
        return result;
    }
    // end::twoRequests[]

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    static void demo(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("5b. The same two access patterns with one table per entity");
        Names n = new Names(
                tables.reserve("ShopCustomers"), tables.reserve("ShopOrders"), tables.reserve("ShopOrderItems"));
        create(tables, n);
        load(ddb.client(), n);
        Narrator.step("AP6 customer c1 with orders: GetItem(Customers) + Query(Orders index)");
        Narrator.items(customerWithOrders(ddb.client(), n, "c1"));
        Narrator.say("Same data, two requests instead of one; the client joins the results.");
    }

    public static void main(String[] args) {
        Walkthroughs.run(MultiTableShop::demo);
    }
}
