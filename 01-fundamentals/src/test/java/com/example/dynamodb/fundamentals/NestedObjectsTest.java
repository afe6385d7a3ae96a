package com.example.dynamodb.fundamentals;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The items nested beans and records become, read raw with the low-level client (SDK 2.59.1). */
@DynamoDbTest
class NestedObjectsTest {

    private static final AttributeValue NULL = AttributeValue.fromNul(true);

    private static <T> DynamoDbTable<T> table(
            DynamoDbEnhancedClient enhanced, DynamoDbClient client, Tables tables, TableSchema<T> schema) {
        DynamoDbTable<T> table = enhanced.table(tables.reserve("Nested"), schema);
        table.createTable();
        // DynamoDB creates tables asynchronously: wait until it is ACTIVE, as the walkthrough does
        Tables.waitUntilActive(client, table.tableName());
        return table;
    }

    private static AttributeValue map(Map<String, AttributeValue> entries) {
        return AttributeValue.fromM(entries);
    }

    @Test
    @DisplayName(
            "a Customer is written as one item: Maps for the addresses, the audit's fields flattened beside the key")
    void customerItem(DynamoDbEnhancedClient enhanced, DynamoDbClient client, Tables tables) {
        DynamoDbTable<Customer> customers = table(enhanced, client, tables, NestedObjects.CUSTOMERS);

        customers.putItem(NestedObjects.ada());

        assertThat(NestedObjects.rawItem(client, customers.tableName(), "customerId", "c-ada"))
                .isEqualTo(Map.of(
                        "customerId", AttributeValue.fromS("c-ada"),
                        // a nested bean keeps its null fields, as NULL
                        "home", map(Map.of("street", NULL, "city", AttributeValue.fromS("Lisbon"))),
                        // @DynamoDbIgnoreNulls: the null street is left out
                        "work", map(Map.of("city", AttributeValue.fromS("Porto"))),
                        // an empty Address with @DynamoDbIgnoreNulls: an empty Map
                        "billing", map(Map.of()),
                        // @DynamoDbFlatten: no "audit" attribute, its fields sit at the top level
                        "createdBy", AttributeValue.fromS("ana"),
                        "channel", AttributeValue.fromS("web")));
    }

    @Test
    @DisplayName("@DynamoDbPreserveEmptyObject: an empty Address reads back as an empty Address; without it, as null")
    void emptyNestedObjects(DynamoDbEnhancedClient enhanced, DynamoDbClient client, Tables tables) {
        DynamoDbTable<Customer> customers = table(enhanced, client, tables, NestedObjects.CUSTOMERS);
        Customer empties = NestedObjects.ada();
        empties.setHome(new Address());
        empties.setWork(new Address());
        customers.putItem(empties);

        Map<String, AttributeValue> raw = NestedObjects.rawItem(client, customers.tableName(), "customerId", "c-ada");
        Customer loaded = customers.getItem(empties);

        assertThat(raw.get("home")).isEqualTo(map(Map.of("street", NULL, "city", NULL)));
        assertThat(raw.get("work")).isEqualTo(map(Map.of()));
        assertThat(raw.get("billing")).isEqualTo(map(Map.of()));
        assertThat(loaded.getHome())
                .as("a Map of NULLs reads back as no object")
                .isNull();
        assertThat(loaded.getWork()).as("an empty Map reads back as no object").isNull();
        assertThat(loaded.getBilling()).as("preserved").isEqualTo(new Address());
    }

    @Test
    @DisplayName("the Customer reads back with its addresses and its flattened audit")
    void customerRoundTrip(DynamoDbEnhancedClient enhanced, DynamoDbClient client, Tables tables) {
        DynamoDbTable<Customer> customers = table(enhanced, client, tables, NestedObjects.CUSTOMERS);
        customers.putItem(NestedObjects.ada());

        assertThat(customers.getItem(NestedObjects.ada()))
                .usingRecursiveComparison()
                .isEqualTo(NestedObjects.ada());
    }

    @Test
    @DisplayName("a record inside a record is a Map, a list of records a List of Maps; a null field inside is NULL")
    void shipmentItem(DynamoDbEnhancedClient enhanced, DynamoDbClient client, Tables tables) {
        DynamoDbTable<Shipment> shipments = table(enhanced, client, tables, NestedObjects.SHIPMENTS);

        shipments.putItem(NestedObjects.shipment());

        assertThat(NestedObjects.rawItem(client, shipments.tableName(), "shipmentId", "s-1"))
                .isEqualTo(Map.of(
                        "shipmentId", AttributeValue.fromS("s-1"),
                        "parcel", map(Map.of("label", AttributeValue.fromS("box"), "grams", NULL)),
                        "returns",
                                AttributeValue.fromL(List.of(map(Map.of(
                                        "label", AttributeValue.fromS("envelope"),
                                        "grams", AttributeValue.fromN("20")))))));
        assertThat(shipments.getItem(NestedObjects.shipment())).isEqualTo(NestedObjects.shipment());
    }
}
