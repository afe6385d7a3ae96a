package com.example.dynamodb.modeling;

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
 * Address    CUSTOMER#c1       ADDRESS#home      CUSTOMER#c1       ADDRESS#home
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

    /** A customer's addresses sit in the customer's collections, in the table and in GSI1. */
    public static String addressSk(String label) {
        return "ADDRESS#" + requireId(label);
    }

    /** Orders sort by date inside a customer's (or a product's) GSI1 collection. */
    public static String orderByDateSk(String date, String orderId) {
        return "ORDER#" + date + "#" + requireId(orderId);
    }

    private static String requireId(String id) {
        if (id == null || id.isBlank() || id.contains("#")) {
            throw new IllegalArgumentException("An id must be non-blank and free of '#', got: " + id);
        }
        return id;
    }
    // end::keys[]
}
