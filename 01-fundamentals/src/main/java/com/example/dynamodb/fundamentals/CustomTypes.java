package com.example.dynamodb.fundamentals;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Java types of your own, stored as DynamoDB types you choose: {@link Money} as a Number of cents
 * (through {@link MoneyConverterProvider}, for every Money field), {@link Sku} as a String (through
 * {@link SkuConverter}, on one field), an enum by name, and what {@code Instant}, {@code LocalDate}
 * and {@code Duration} become on the wire. The raw item, read with the low-level client, shows it.
 */
public final class CustomTypes {

    /** Built once and reused: building a schema from annotations is the expensive step. */
    public static final TableSchema<CatalogItem> SCHEMA = TableSchema.fromBean(CatalogItem.class);

    private CustomTypes() {}

    public static DynamoDbTable<CatalogItem> table(DynamoDbEnhancedClient enhanced, String tableName) {
        return enhanced.table(tableName, SCHEMA);
    }

    public static CatalogItem load(DynamoDbTable<CatalogItem> table, Sku sku) {
        // A Key holds what the converter wrote: the SKU's code, a String.
        return table.getItem(Key.builder().partitionValue(sku.code()).build());
    }

    /** A teapot listed on 1 November 2026 at 09:30:00.250 UTC. */
    public static CatalogItem teapot() {
        CatalogItem item = new CatalogItem();
        item.setSku(new Sku("TEA-0042"));
        item.setName("Teapot");
        item.setPrice(Money.of("19.99"));
        item.setShipping(Money.of("4.50"));
        item.setAvailability(Availability.BACKORDER);
        item.setListedAt(Instant.parse("2026-11-01T09:30:00.250Z"));
        item.setAvailableFrom(LocalDate.of(2026, 12, 1));
        item.setDeliveryTime(Duration.ofHours(36).plusMillis(500));
        return item;
    }

    public static Map<String, AttributeValue> rawItem(DynamoDbClient client, String table, Sku sku) {
        return client.getItem(b -> b.tableName(table).key(Map.of("sku", AttributeValue.fromS(sku.code()))))
                .item();
    }

    /** Creates the table the schema describes, under a reserved name, and waits until it is active. */
    static <T> DynamoDbTable<T> createTable(DynamoDbBackend ddb, Tables tables, String name, TableSchema<T> schema) {
        DynamoDbTable<T> table = ddb.enhancedClient().table(tables.reserve(name), schema);
        table.createTable();
        ddb.client().waiter().waitUntilTableExists(b -> b.tableName(table.tableName()));
        return table;
    }

    static void demo(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("Your own types: converters, enums and time on the wire");
        DynamoDbTable<CatalogItem> catalog = createTable(ddb, tables, "Catalog", SCHEMA);
        String name = catalog.tableName();

        CatalogItem teapot = teapot();
        Narrator.step("Save a CatalogItem: " + teapot.getSku() + ", price " + teapot.getPrice() + ", shipping "
                + teapot.getShipping());
        catalog.putItem(teapot);
        Narrator.step("The raw item, as DynamoDB JSON (low-level GetItem)");
        new TreeMap<>(rawItem(ddb.client(), name, teapot.getSku()))
                .forEach((attribute, value) ->
                        Narrator.say(String.format("%-14s %s", attribute, DynamoDbJson.of(value))));
        CatalogItem loaded = load(catalog, teapot.getSku());
        Narrator.show("loaded back: price (Money)", loaded.getPrice());

        Narrator.step("An item written with an enum name this code no longer has (SOLD_OUT)");
        ddb.client()
                .putItem(b -> b.tableName(name)
                        .item(Map.of(
                                "sku", AttributeValue.fromS("CUP-0001"),
                                "availability", AttributeValue.fromS("SOLD_OUT"))));
        try {
            load(catalog, new Sku("CUP-0001"));
        } catch (IllegalArgumentException e) {
            Narrator.show("reading it fails", e.getMessage());
        }
        Narrator.say("Rename an enum constant only after migrating the items that hold the old name.");
    }

    public static void main(String[] args) {
        Walkthroughs.run(CustomTypes::demo);
    }
}
