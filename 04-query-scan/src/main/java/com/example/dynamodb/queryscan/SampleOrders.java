package com.example.dynamodb.queryscan;

import com.example.dynamodb.support.BatchLoader;
import com.example.dynamodb.support.Tables;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.WeakHashMap;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Generates orders from a seeded {@link Random}: the same seed always gives the same items, so
 * tests compute what a query must return from this list, never from hard-coded numbers.
 *
 * <p>Items are about 1.5 KB (a few order lines, an address, free-text notes), so 2,000 of them
 * make a table of about 3 MB: a Scan of it really spans several 1 MB pages.
 */
public final class SampleOrders {

    public static final long SEED = 42L;
    public static final int CUSTOMERS = 100;
    public static final int ORDERS_PER_CUSTOMER = 20;
    public static final List<String> STATUSES = List.of("Pending", "Shipped", "Delivered", "Cancelled");

    private static final String[] TAGS = {"gift", "express", "fragile", "bulk", "eco"};
    private static final String[] CITIES = {"Lyon", "Porto", "Graz", "Leeds", "Turku", "Gent"};
    private static final String[] WORDS = {
        "please",
        "leave",
        "parcel",
        "at",
        "the",
        "back",
        "door",
        "call",
        "before",
        "delivery",
        "ring",
        "twice",
        "fragile",
        "contents",
        "handle",
        "with",
        "care",
        "neighbour",
        "accepts"
    };
    private static final Instant YEAR_START = Instant.parse("2024-01-01T00:00:00Z");

    private static final Map<Tables, String> SEEDED = Collections.synchronizedMap(new WeakHashMap<>());

    private SampleOrders() {}

    /** The default data set: 100 customers with 20 orders each. */
    public static List<Map<String, AttributeValue>> generate() {
        return generate(SEED, CUSTOMERS, ORDERS_PER_CUSTOMER);
    }

    public static List<Map<String, AttributeValue>> generate(long seed, int customers, int perCustomer) {
        Random random = new Random(seed);
        List<Map<String, AttributeValue>> orders = new ArrayList<>(customers * perCustomer);
        for (int c = 1; c <= customers; c++) {
            for (int o = 1; o <= perCustomer; o++) {
                orders.add(order(random, String.format("c%03d", c), String.format("o-%03d-%02d", c, o)));
            }
        }
        return orders;
    }

    private static Map<String, AttributeValue> order(Random random, String customerId, String orderId) {
        Instant placed = YEAR_START.plus(random.nextInt(366 * 24 * 60), ChronoUnit.MINUTES);
        String date = placed.toString();
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(OrdersTable.PK, s(customerId));
        item.put(OrdersTable.SK, s(date + "#" + orderId));
        item.put("orderId", s(orderId));
        item.put("orderDate", s(date));
        // Weighted statuses: most orders are delivered, few are cancelled.
        int roll = random.nextInt(100);
        item.put("status", s(STATUSES.get(roll < 15 ? 0 : roll < 40 ? 1 : roll < 90 ? 2 : 3)));
        List<AttributeValue> lines = new ArrayList<>();
        BigDecimal amount = BigDecimal.ZERO;
        for (int l = 0, n = 1 + random.nextInt(5); l < n; l++) {
            int qty = 1 + random.nextInt(4);
            BigDecimal price = BigDecimal.valueOf(199 + random.nextInt(20_000), 2);
            amount = amount.add(price.multiply(BigDecimal.valueOf(qty)));
            lines.add(AttributeValue.fromM(Map.of(
                    "sku", s("SKU-" + (10_000 + random.nextInt(90_000))),
                    "qty", n(Integer.toString(qty)),
                    "price", n(price.toPlainString()))));
        }
        item.put("orderLines", AttributeValue.fromL(lines));
        item.put("amount", n(amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString()));
        item.put(
                "shippingAddress",
                AttributeValue.fromM(Map.of(
                        "city", s(CITIES[random.nextInt(CITIES.length)]),
                        "country", s("EU"),
                        "postcode", s(Integer.toString(10_000 + random.nextInt(90_000))))));
        TreeSet<String> tags = new TreeSet<>();
        for (String tag : TAGS) {
            if (random.nextInt(5) == 0) {
                tags.add(tag);
            }
        }
        if (!tags.isEmpty()) { // a string set can never be empty: leave the attribute out instead
            item.put("tags", AttributeValue.fromSs(List.copyOf(tags)));
        }
        if (random.nextInt(7) == 0) {
            item.put("giftMessage", s("Happy birthday from " + customerId));
        }
        item.put("notes", s(notes(random, 900 + random.nextInt(600))));
        return item;
    }

    private static String notes(Random random, int length) {
        StringBuilder text = new StringBuilder(length + 16);
        while (text.length() < length) {
            text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
        }
        return text.substring(0, length);
    }

    /**
     * The seeded Orders table for this {@code tables}: created and loaded on the first call, the
     * same name afterwards. All lessons only read it, so a walkthrough loads the data once.
     */
    public static String seededTable(DynamoDbClient client, Tables tables) {
        return SEEDED.computeIfAbsent(tables, t -> {
            String name = t.reserve("Orders");
            OrdersTable.create(t, name);
            load(client, name, generate());
            return name;
        });
    }

    /** Writes the items with BatchWriteItem, re-sending anything left unprocessed (see support). */
    public static void load(DynamoDbClient client, String tableName, List<Map<String, AttributeValue>> items) {
        BatchLoader.putAll(client, tableName, items);
    }

    static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    static AttributeValue n(String value) {
        return AttributeValue.fromN(value);
    }
}
