package com.example.dynamodb.fundamentals;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Objects inside objects: a bean nested in a bean ({@link Customer} holds {@link Address}es and
 * flattens an {@link Audit}), and a record nested in a record ({@link Shipment} holds
 * {@link Parcel}s). A nested object becomes a Map attribute; the annotations decide what happens
 * to its null fields and to an empty one. A top-level null field is left out of the item, but a
 * null field inside a nested object is written as NULL unless you say otherwise.
 */
public final class NestedObjects {

    public static final TableSchema<Customer> CUSTOMERS = TableSchema.fromBean(Customer.class);
    public static final TableSchema<Shipment> SHIPMENTS = TableSchema.fromImmutableClass(Shipment.class);

    private NestedObjects() {}

    /** Ada: a home and a work address without a street, an empty billing address, an audit trail. */
    public static Customer ada() {
        Customer ada = new Customer();
        ada.setCustomerId("c-ada");
        ada.setHome(new Address(null, "Lisbon"));
        ada.setWork(new Address(null, "Porto"));
        ada.setBilling(new Address());
        ada.setAudit(new Audit("ana", "web"));
        return ada;
    }

    /** A shipment of one parcel of unknown weight, with one parcel sent back. */
    public static Shipment shipment() {
        return new Shipment("s-1", new Parcel("box", null), List.of(new Parcel("envelope", 20)));
    }

    public static Map<String, AttributeValue> rawItem(DynamoDbClient client, String table, String keyName, String key) {
        return client.getItem(b -> b.tableName(table).key(Map.of(keyName, AttributeValue.fromS(key))))
                .item();
    }

    static void demo(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("Nested objects: beans in beans, records in records");
        DynamoDbTable<Customer> customers = CustomTypes.createTable(ddb, tables, "Customers", CUSTOMERS);
        Narrator.step("Save a Customer: home and work without a street, an empty billing address");
        customers.putItem(ada());
        new TreeMap<>(rawItem(ddb.client(), customers.tableName(), "customerId", "c-ada"))
                .forEach((name, value) -> Narrator.say(String.format("%-11s %s", name, DynamoDbJson.of(value))));
        Customer loaded = customers.getItem(ada());
        Narrator.show(
                "billing read back (preserved empty object)", loaded.getBilling() != null ? "an empty Address" : null);

        DynamoDbTable<Shipment> shipments = CustomTypes.createTable(ddb, tables, "Shipments", SHIPMENTS);
        Narrator.step("Save a Shipment record holding Parcel records");
        shipments.putItem(shipment());
        new TreeMap<>(rawItem(ddb.client(), shipments.tableName(), "shipmentId", "s-1"))
                .forEach((name, value) -> Narrator.say(String.format("%-11s %s", name, DynamoDbJson.of(value))));
        Narrator.show("read back equal", shipments.getItem(shipment()).equals(shipment()));
    }

    public static void main(String[] args) {
        Walkthroughs.run(NestedObjects::demo);
    }
}
