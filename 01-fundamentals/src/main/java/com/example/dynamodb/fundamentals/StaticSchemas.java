package com.example.dynamodb.fundamentals;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverterProvider;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticImmutableTableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The schemas of {@link CatalogItem} and {@link Shipment} written by hand, attribute by attribute,
 * instead of read from their annotations. {@code TableSchema.fromBean} and {@code fromImmutableClass}
 * inspect the class by reflection and generate accessor code at run time; a static schema does
 * neither, which is what GraalVM native images need and what keeps a Lambda function's cold start
 * short. The price: every attribute is spelled out, and kept in step with the class by you.
 */
public final class StaticSchemas {

    private StaticSchemas() {}

    // tag::bean[]
    /** The same item as TableSchema.fromBean(CatalogItem.class), without reflection. */
    public static final TableSchema<CatalogItem> CATALOG_ITEM = StaticTableSchema.builder(CatalogItem.class)
            .newItemSupplier(CatalogItem::new)
            .addAttribute(
                    Sku.class,
                    a -> a.name("sku")
                            .getter(CatalogItem::getSku)
                            .setter(CatalogItem::setSku)
                            .attributeConverter(new SkuConverter())
                            .tags(primaryPartitionKey()))
            .addAttribute(
                    String.class,
                    a -> a.name("name").getter(CatalogItem::getName).setter(CatalogItem::setName))
            .addAttribute(
                    Money.class,
                    a -> a.name("price").getter(CatalogItem::getPrice).setter(CatalogItem::setPrice))
            .addAttribute(
                    Money.class,
                    a -> a.name("shipping").getter(CatalogItem::getShipping).setter(CatalogItem::setShipping))
            .addAttribute(
                    Availability.class,
                    a -> a.name("availability")
                            .getter(CatalogItem::getAvailability)
                            .setter(CatalogItem::setAvailability))
            .addAttribute(
                    Instant.class,
                    a -> a.name("listedAt").getter(CatalogItem::getListedAt).setter(CatalogItem::setListedAt))
            .addAttribute(
                    LocalDate.class,
                    a -> a.name("availableFrom")
                            .getter(CatalogItem::getAvailableFrom)
                            .setter(CatalogItem::setAvailableFrom))
            .addAttribute(
                    Duration.class,
                    a -> a.name("deliveryTime")
                            .getter(CatalogItem::getDeliveryTime)
                            .setter(CatalogItem::setDeliveryTime))
            // Money fields find their converter here; everything else in the SDK's default provider.
            .attributeConverterProviders(new MoneyConverterProvider(), AttributeConverterProvider.defaultProvider())
            .build();
    // end::bean[]

    // tag::record[]
    /** A nested record needs a schema of its own, used as a document type by the outer one. */
    private static final TableSchema<Parcel> PARCEL = StaticImmutableTableSchema.builder(
                    Parcel.class, Parcel.Builder.class)
            .newItemBuilder(Parcel::builder, Parcel.Builder::build)
            .addAttribute(
                    String.class, a -> a.name("label").getter(Parcel::label).setter(Parcel.Builder::label))
            .addAttribute(
                    Integer.class, a -> a.name("grams").getter(Parcel::grams).setter(Parcel.Builder::grams))
            .build();

    /** The same item as TableSchema.fromImmutableClass(Shipment.class), without reflection. */
    public static final TableSchema<Shipment> SHIPMENT = StaticImmutableTableSchema.builder(
                    Shipment.class, Shipment.Builder.class)
            .newItemBuilder(Shipment::builder, Shipment.Builder::build)
            .addAttribute(
                    String.class,
                    a -> a.name("shipmentId")
                            .getter(Shipment::shipmentId)
                            .setter(Shipment.Builder::shipmentId)
                            .tags(primaryPartitionKey()))
            .addAttribute(
                    EnhancedType.documentOf(Parcel.class, PARCEL),
                    a -> a.name("parcel").getter(Shipment::parcel).setter(Shipment.Builder::parcel))
            .addAttribute(
                    EnhancedType.listOf(EnhancedType.documentOf(Parcel.class, PARCEL)),
                    a -> a.name("returns").getter(Shipment::returns).setter(Shipment.Builder::returns))
            .build();
    // end::record[]

    /** Writes {@code item} with {@code schema} and returns the item as stored, read with the low-level client. */
    public static <T> Map<String, AttributeValue> writeAndReadRaw(
            DynamoDbBackend ddb, String tableName, TableSchema<T> schema, T item) {
        ddb.enhancedClient().table(tableName, schema).putItem(item);
        String keyName = schema.tableMetadata().primaryPartitionKey();
        Map<String, AttributeValue> key = Map.of(keyName, schema.attributeValue(item, keyName));
        return ddb.client().getItem(b -> b.tableName(tableName).key(key)).item();
    }

    static void demo(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("Static table schemas: the same items, no reflection");
        Narrator.step("Write each item with the annotated schema, then with the hand-written one");
        compare(ddb, tables, CustomTypes.SCHEMA, CATALOG_ITEM, CustomTypes.teapot());
        compare(ddb, tables, NestedObjects.SHIPMENTS, SHIPMENT, NestedObjects.shipment());
    }

    private static <T> void compare(DynamoDbBackend ddb, Tables tables, TableSchema<T> a, TableSchema<T> b, T item) {
        String name = item.getClass().getSimpleName();
        String table = CustomTypes.createTable(ddb, tables, name, a).tableName();
        boolean same = writeAndReadRaw(ddb, table, a, item).equals(writeAndReadRaw(ddb, table, b, item));
        Narrator.show(name + ", identical items", same);
    }

    public static void main(String[] args) {
        Walkthroughs.run(StaticSchemas::demo);
    }
}
