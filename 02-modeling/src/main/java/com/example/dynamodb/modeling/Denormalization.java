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
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * Denormalization: each order carries a copy of its customer's name, so listing orders needs no
 * second read. The price is keeping the copies right: rename the customer and every copy in one
 * transaction, or a failure half-way leaves the copies disagreeing. When a value changes often or
 * is copied onto many items, store a reference (the customer id) and read the name when needed.
 */
public final class Denormalization {

    private Denormalization() {}

    public static void putCustomer(DynamoDbClient client, String table, String customerId, String name) {
        client.putItem(b -> b.tableName(table)
                .item(Map.of("PK", s(ShopKeys.customerPk(customerId)), "SK", s("PROFILE"), "name", s(name))));
    }

    /** An order with a COPY of the customer's name next to the reference (the id). */
    public static void putOrder(
            DynamoDbClient client, String table, String orderId, String customerId, String customerName) {
        client.putItem(b -> b.tableName(table)
                .item(Map.of(
                        "PK",
                        s(ShopKeys.orderPk(orderId)),
                        "SK",
                        s("SUMMARY"),
                        "customerId",
                        s(customerId),
                        "customerName",
                        s(customerName))));
    }

    // tag::transaction[]
    /** Renames the customer and every copy atomically: all writes happen, or none. */
    public static void renameWithTransaction(
            DynamoDbClient client, String table, String customerId, String newName, List<String> orderIds) {
        List<TransactWriteItem> writes = new ArrayList<>(); // at most 100 items per transaction
        writes.add(setName(table, ShopKeys.customerPk(customerId), "PROFILE", "name", newName));
        orderIds.forEach(o -> writes.add(setName(table, ShopKeys.orderPk(o), "SUMMARY", "customerName", newName)));
        client.transactWriteItems(b -> b.transactItems(writes));
    }

    private static TransactWriteItem setName(String table, String pk, String sk, String attr, String name) {
        return TransactWriteItem.builder()
                .update(u -> u.tableName(table)
                        .key(Map.of("PK", AttributeValue.fromS(pk), "SK", AttributeValue.fromS(sk)))
                        .updateExpression("SET #n = :n")
                        .conditionExpression("attribute_exists(PK)") // never create a half item by accident
                        .expressionAttributeNames(Map.of("#n", attr))
                        .expressionAttributeValues(Map.of(":n", AttributeValue.fromS(name))))
                .build();
    }
    // end::transaction[]

    // tag::noTransaction[]
    /** The same writes one by one: if one fails, the writes before it stay applied. */
    public static void renameWithoutTransaction(
            DynamoDbClient client, String table, String customerId, String newName, List<String> orderIds) {
        updateName(client, table, ShopKeys.customerPk(customerId), "PROFILE", "name", newName);
        for (String orderId : orderIds) { // a throttle, a timeout or a deleted order stops the loop here
            updateName(client, table, ShopKeys.orderPk(orderId), "SUMMARY", "customerName", newName);
        }
    }

    private static void updateName(
            DynamoDbClient client, String table, String pk, String sk, String attr, String name) {
        client.updateItem(b -> b.tableName(table)
                .key(Map.of("PK", AttributeValue.fromS(pk), "SK", AttributeValue.fromS(sk)))
                .updateExpression("SET #n = :n")
                .conditionExpression("attribute_exists(PK)")
                .expressionAttributeNames(Map.of("#n", attr))
                .expressionAttributeValues(Map.of(":n", AttributeValue.fromS(name))));
    }
    // end::noTransaction[]

    public static String customerName(DynamoDbClient client, String table, String customerId) {
        return client.getItem(b ->
                        b.tableName(table).key(Map.of("PK", s(ShopKeys.customerPk(customerId)), "SK", s("PROFILE"))))
                .item()
                .get("name")
                .s();
    }

    /** The denormalized read: one GetItem, the copy of the name is on the order. */
    public static String copiedName(DynamoDbClient client, String table, String orderId) {
        return order(client, table, orderId).get("customerName").s();
    }

    /** The reference read: GetItem the order, then its customer. Always current, two reads. */
    public static String nameByReference(DynamoDbClient client, String table, String orderId) {
        return customerName(
                client, table, order(client, table, orderId).get("customerId").s());
    }

    private static Map<String, AttributeValue> order(DynamoDbClient client, String table, String orderId) {
        return client.getItem(
                        b -> b.tableName(table).key(Map.of("PK", s(ShopKeys.orderPk(orderId)), "SK", s("SUMMARY"))))
                .item();
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    static void demo(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("6. Denormalization: a customer's name copied onto orders");
        DynamoDbClient client = ddb.client();
        String table = tables.reserve("ShopDenormalized");
        tables.createAndWait(ShopTable.tableDefinition(table));
        putCustomer(client, table, "c1", "Ana Silva");
        putOrder(client, table, "o1", "c1", "Ana Silva");
        putOrder(client, table, "o2", "c1", "Ana Silva");
        renameWithTransaction(client, table, "c1", "Ana Costa", List.of("o1", "o2"));
        Narrator.show(
                "after a transactional rename: profile / o1 / o2",
                customerName(client, table, "c1") + " / " + copiedName(client, table, "o1") + " / "
                        + copiedName(client, table, "o2"));
        Narrator.step("The same rename without a transaction, with an order deleted in the meantime:");
        try {
            renameWithoutTransaction(client, table, "c1", "Ana Reis", List.of("o1", "o-deleted", "o2"));
        } catch (ConditionalCheckFailedException e) {
            Narrator.say(
                    "o-deleted failed its condition: " + e.awsErrorDetails().errorMessage());
        }
        Narrator.show(
                "now profile / o1 / o2",
                customerName(client, table, "c1") + " / " + copiedName(client, table, "o1") + " / "
                        + copiedName(client, table, "o2") + "   <-- the copies disagree");
        Narrator.show("by reference, o1's customer is", nameByReference(client, table, "o1"));
    }

    public static void main(String[] args) {
        Walkthroughs.run(Denormalization::demo);
    }
}
