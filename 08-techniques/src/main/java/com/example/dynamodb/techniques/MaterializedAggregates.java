package com.example.dynamodb.techniques;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Per-customer order counts and totals, kept up to date by a processor of the Orders table's
 * stream. Each stream record becomes an {@link OrderChange}; applying it adds to the customer's
 * {@code TOTALS} item. Streams deliver at least once, so the processor must survive seeing a record
 * twice: {@link #applyOnce} records the event id in the same transaction as the addition.
 */
public final class MaterializedAggregates {

    private MaterializedAggregates() {}

    // tag::apply-once[]
    /**
     * Adds the change to the customer's totals unless this event was applied before. Returns false
     * for a redelivered event. The marker item and the addition commit together or not at all.
     */
    public static boolean applyOnce(DynamoDbClient client, String totalsTable, OrderChange change) {
        long expires = Instant.now().plus(2, ChronoUnit.DAYS).getEpochSecond(); // > the stream's 24 h
        try {
            client.transactWriteItems(b -> b.transactItems(
                    TransactWriteItem.builder()
                            .put(p -> p.tableName(totalsTable)
                                    .item(Map.of(
                                            "customerId", AttributeValue.fromS(change.customerId()),
                                            "sk", AttributeValue.fromS("APPLIED#" + change.eventId()),
                                            "expiresAt", AttributeValue.fromN(Long.toString(expires))))
                                    .conditionExpression("attribute_not_exists(sk)"))
                            .build(),
                    TransactWriteItem.builder()
                            .update(u -> u.tableName(totalsTable)
                                    .key(Map.of(
                                            "customerId", AttributeValue.fromS(change.customerId()),
                                            "sk", AttributeValue.fromS("TOTALS")))
                                    .updateExpression("ADD orders :n, amount :a")
                                    .expressionAttributeValues(Map.of(
                                            ":n", AttributeValue.fromN(Long.toString(change.orderDelta())),
                                            ":a",
                                                    AttributeValue.fromN(
                                                            change.amountDelta().toPlainString()))))
                            .build()));
            return true;
        } catch (TransactionCanceledException e) {
            if ("ConditionalCheckFailed".equals(e.cancellationReasons().get(0).code())) {
                return false; // the marker exists: this event was applied before
            }
            throw e;
        }
    }
    // end::apply-once[]

    /** The mistake, for contrast: ADD alone counts a redelivered record twice. */
    public static void applyNaively(DynamoDbClient client, String totalsTable, OrderChange change) {
        client.updateItem(u -> u.tableName(totalsTable)
                .key(Map.of(
                        "customerId", AttributeValue.fromS(change.customerId()), "sk", AttributeValue.fromS("TOTALS")))
                .updateExpression("ADD orders :n, amount :a")
                .expressionAttributeValues(Map.of(
                        ":n", AttributeValue.fromN(Long.toString(change.orderDelta())),
                        ":a", AttributeValue.fromN(change.amountDelta().toPlainString()))));
    }

    public static OrderTotals totals(DynamoDbClient client, String totalsTable, String customerId) {
        Map<String, AttributeValue> item = client.getItem(b -> b.tableName(totalsTable)
                        .key(Map.of(
                                "customerId", AttributeValue.fromS(customerId), "sk", AttributeValue.fromS("TOTALS")))
                        .consistentRead(true))
                .item();
        if (item.isEmpty()) {
            return new OrderTotals(0, BigDecimal.ZERO);
        }
        return new OrderTotals(
                Long.parseLong(item.get("orders").n()),
                new BigDecimal(item.get("amount").n()));
    }

    static void demo(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("Materialized aggregates from a stream, idempotent");
        DynamoDbClient client = ddb.client();
        AggregateTables names = AggregateTables.create(client, tables);
        AggregateTables.placeOrder(client, names.orders(), "c1", "o1", "20.00");
        AggregateTables.placeOrder(client, names.orders(), "c1", "o2", "5.50");
        AggregateTables.placeOrder(client, names.orders(), "c2", "o3", "8.00");
        AggregateTables.placeOrder(client, names.orders(), "c1", "o2", "7.50"); // amount changed: MODIFY
        client.deleteItem(b -> b.tableName(names.orders())
                .key(Map.of("customerId", AttributeValue.fromS("c2"), "orderId", AttributeValue.fromS("o3"))));
        List<Record> records = StreamReader.readAll(ddb.streamsClient(), names.streamArn());
        Narrator.step("The stream holds " + records.size() + " records: "
                + records.stream().map(r -> r.eventNameAsString()).toList());
        records.forEach(r -> applyOnce(client, names.totals(), OrderChange.of(r)));
        Narrator.step("Applied once:            c1 " + totals(client, names.totals(), "c1") + ", c2 "
                + totals(client, names.totals(), "c2"));
        long skipped = records.stream()
                .filter(r -> !applyOnce(client, names.totals(), OrderChange.of(r)))
                .count();
        Narrator.step("Redelivered all records: " + skipped + " skipped as duplicates; c1 "
                + totals(client, names.totals(), "c1"));
    }

    public static void main(String[] args) {
        Walkthroughs.run(MaterializedAggregates::demo);
    }
}
