package com.example.dynamodb.modeling;

import com.example.dynamodb.modeling.ShopData.Customer;
import com.example.dynamodb.modeling.ShopData.Line;
import com.example.dynamodb.modeling.ShopData.Product;
import com.example.dynamodb.modeling.ShopData.ShopOrder;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The single table of the shop: generic key attributes {@code PK}/{@code SK} and one index on
 * {@code GSI1PK}/{@code GSI1SK}, and the sample {@link ShopData} written into it as items whose
 * keys come from {@link ShopKeys}. {@code entityType} says what each item is.
 */
public final class ShopTable {

    private ShopTable() {}

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
        ShopData.CUSTOMERS.forEach(c -> put(client, table, customerItem(c)));
        ShopData.PRODUCTS.forEach(p -> put(client, table, productItem(p)));
        for (ShopData.ShopOrder o : ShopData.ORDERS) {
            put(client, table, orderItem(o));
            o.lines().forEach(line -> put(client, table, lineItem(o, line)));
        }
    }

    private static void put(DynamoDbClient client, String table, Map<String, AttributeValue> item) {
        client.putItem(b -> b.tableName(table).item(item));
    }

    private static Map<String, AttributeValue> customerItem(Customer c) {
        return item(
                ShopKeys.customerPk(c.id()),
                "PROFILE",
                "Customer",
                ShopKeys.customerPk(c.id()),
                "PROFILE",
                Map.of("customerId", c.id(), "name", c.name(), "email", c.email()));
    }

    private static Map<String, AttributeValue> orderItem(ShopOrder o) {
        return item(
                ShopKeys.orderPk(o.id()),
                "SUMMARY",
                "Order",
                ShopKeys.customerPk(o.customerId()),
                ShopKeys.orderByDateSk(o.date(), o.id()),
                Map.of("orderId", o.id(), "customerId", o.customerId(), "orderDate", o.date()));
    }

    private static Map<String, AttributeValue> lineItem(ShopOrder o, Line line) {
        Map<String, AttributeValue> item = item(
                ShopKeys.orderPk(o.id()),
                ShopKeys.itemSk(line.productId()),
                "OrderItem",
                ShopKeys.productPk(line.productId()),
                ShopKeys.orderByDateSk(o.date(), o.id()),
                Map.of("orderId", o.id(), "productId", line.productId()));
        item.put("quantity", AttributeValue.fromN(String.valueOf(line.quantity())));
        return item;
    }

    private static Map<String, AttributeValue> productItem(Product p) {
        Map<String, AttributeValue> item = item(
                ShopKeys.productPk(p.id()),
                "DETAILS",
                "Product",
                null,
                null,
                Map.of("productId", p.id(), "name", p.name()));
        item.put("price", AttributeValue.fromN(String.valueOf(p.price())));
        return item;
    }

    private static Map<String, AttributeValue> item(
            String pk, String sk, String type, String gsi1pk, String gsi1sk, Map<String, String> attributes) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("PK", AttributeValue.fromS(pk));
        item.put("SK", AttributeValue.fromS(sk));
        item.put("entityType", AttributeValue.fromS(type));
        if (gsi1pk != null) { // products are not in GSI1: a sparse index
            item.put("GSI1PK", AttributeValue.fromS(gsi1pk));
            item.put("GSI1SK", AttributeValue.fromS(gsi1sk));
        }
        attributes.forEach((name, value) -> item.put(name, AttributeValue.fromS(value)));
        return item;
    }
}
