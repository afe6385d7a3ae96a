package com.example.dynamodb.modeling;

import com.example.dynamodb.modeling.ShopData.Customer;
import com.example.dynamodb.modeling.ShopData.Line;
import com.example.dynamodb.modeling.ShopData.Product;
import com.example.dynamodb.modeling.ShopData.ShopOrder;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The key grammar of the single-table shop, in one place. Every entity lives in one table with
 * generic keys {@code PK}/{@code SK} (and {@code GSI1PK}/{@code GSI1SK} for the one index);
 * the prefix says what an item is, and {@code entityType} says it again for humans and filters.
 *
 * <pre>
 * entity     PK                SK                GSI1PK            GSI1SK
 * Customer   CUSTOMER#c1       PROFILE           CUSTOMER#c1       PROFILE
 * Order      ORDER#o1          SUMMARY           CUSTOMER#c1       ORDER#2026-10-28#o1
 * OrderItem  ORDER#o1          ITEM#p1           PRODUCT#p1        ORDER#2026-10-28#o1
 * Product    PRODUCT#p1        DETAILS           -                 -
 * </pre>
 */
public final class ShopKeys {

    public static final String GSI1 = "GSI1";

    private ShopKeys() {}

    // tag::keys[]
    public static String customerPk(String customerId) {
        return "CUSTOMER#" + requireId(customerId);
    }

    public static String orderPk(String orderId) {
        return "ORDER#" + requireId(orderId);
    }

    public static String productPk(String productId) {
        return "PRODUCT#" + requireId(productId);
    }

    public static String itemSk(String productId) {
        return "ITEM#" + requireId(productId);
    }

    /** Orders sort by date inside a customer's (or a product's) GSI1 collection. */
    public static String orderByDateSk(String date, String orderId) {
        return "ORDER#" + date + "#" + requireId(orderId);
    }
    // end::keys[]

    private static String requireId(String id) {
        if (id == null || id.isBlank() || id.contains("#")) {
            throw new IllegalArgumentException("An id must be non-blank and free of '#', got: " + id);
        }
        return id;
    }

    public static Map<String, AttributeValue> customerItem(Customer c) {
        return item(
                customerPk(c.id()),
                "PROFILE",
                "Customer",
                customerPk(c.id()),
                "PROFILE",
                Map.of("customerId", c.id(), "name", c.name(), "email", c.email()));
    }

    public static Map<String, AttributeValue> orderItem(ShopOrder o) {
        return item(
                orderPk(o.id()),
                "SUMMARY",
                "Order",
                customerPk(o.customerId()),
                orderByDateSk(o.date(), o.id()),
                Map.of("orderId", o.id(), "customerId", o.customerId(), "orderDate", o.date()));
    }

    public static Map<String, AttributeValue> lineItem(ShopOrder o, Line line) {
        Map<String, AttributeValue> item = item(
                orderPk(o.id()),
                itemSk(line.productId()),
                "OrderItem",
                productPk(line.productId()),
                orderByDateSk(o.date(), o.id()),
                Map.of("orderId", o.id(), "productId", line.productId()));
        item.put("quantity", AttributeValue.fromN(String.valueOf(line.quantity())));
        return item;
    }

    public static Map<String, AttributeValue> productItem(Product p) {
        Map<String, AttributeValue> item = item(
                productPk(p.id()), "DETAILS", "Product", null, null, Map.of("productId", p.id(), "name", p.name()));
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
