package com.example.dynamodb.modeling;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Sort keys turn a partition into a sorted list you can slice: {@code BETWEEN}, {@code <},
 * {@code >} and {@code begins_with} on ISO-8601 timestamps of one fixed format, and on composite keys that put a
 * status first ({@code SHIPPED#2026-11-01}) so one query answers "shipped orders in November".
 */
public final class SortKeyRangeQueries {

    private SortKeyRangeQueries() {}

    /** A table keyed by customer (partition key) and a string sort key named {@code sk}. */
    public static CreateTableRequest tableDefinition(String tableName) {
        return CreateTableRequest.builder()
                .tableName(tableName)
                .attributeDefinitions(
                        a -> a.attributeName("customerId").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("sk").attributeType(ScalarAttributeType.S))
                .keySchema(
                        k -> k.attributeName("customerId").keyType(KeyType.HASH),
                        k -> k.attributeName("sk").keyType(KeyType.RANGE))
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .build();
    }

    public static void put(DynamoDbClient client, String table, String customerId, String sk) {
        client.putItem(b -> b.tableName(table)
                .item(Map.of("customerId", AttributeValue.fromS(customerId), "sk", AttributeValue.fromS(sk))));
    }

    // tag::range[]
    /** Sort keys of one customer's items matching {@code condition}, in sort-key order. */
    public static List<String> sortKeys(
            DynamoDbClient client, String table, String customerId, String condition, String... values) {
        Map<String, AttributeValue> bound = new java.util.HashMap<>();
        bound.put(":c", AttributeValue.fromS(customerId));
        for (int i = 0; i < values.length; i++) {
            bound.put(":v" + i, AttributeValue.fromS(values[i]));
        }
        return client
                .queryPaginator(b -> b.tableName(table)
                        .keyConditionExpression("customerId = :c AND " + condition)
                        .expressionAttributeValues(bound))
                .items()
                .stream()
                .map(item -> item.get("sk").s())
                .toList();
    }

    /**
     * ISO-8601 strings sort like the instants they name only in one fixed format: UTC ("Z"), the
     * same precision throughout (as "2026-11-01T09:30:00Z"). Then ranges are plain comparisons.
     */
    public static List<String> between(DynamoDbClient client, String table, String id, String from, String to) {
        return sortKeys(client, table, id, "sk BETWEEN :v0 AND :v1", from, to);
    }

    public static List<String> before(DynamoDbClient client, String table, String id, String instant) {
        return sortKeys(client, table, id, "sk < :v0", instant);
    }

    public static List<String> after(DynamoDbClient client, String table, String id, String instant) {
        return sortKeys(client, table, id, "sk > :v0", instant);
    }

    /** "2026-11" selects the whole month; "SHIPPED#" selects one status. */
    public static List<String> startingWith(DynamoDbClient client, String table, String id, String prefix) {
        return sortKeys(client, table, id, "begins_with(sk, :v0)", prefix);
    }
    // end::range[]

    static void demo(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("2. Choosing sort keys: range queries");
        DynamoDbClient client = ddb.client();
        String table = tables.reserve("CustomerOrders");
        tables.createAndWait(tableDefinition(table));
        for (String at : List.of(
                "2026-10-30T08:00:00Z",
                "2026-11-01T09:30:00Z",
                "2026-11-15T12:00:00Z",
                "2026-11-30T23:59:59Z",
                "2026-12-02T07:15:00Z")) {
            put(client, table, "C1", at);
        }
        Narrator.step("Orders of C1, sort key = ISO-8601 timestamp:");
        Narrator.show("BETWEEN 2026-11-01 AND 2026-11-16", between(client, table, "C1", "2026-11-01", "2026-11-16"));
        Narrator.show("< 2026-11-01", before(client, table, "C1", "2026-11-01"));
        Narrator.show("> 2026-11-30T23:59:59Z", after(client, table, "C1", "2026-11-30T23:59:59Z"));
        Narrator.show("begins_with 2026-11", startingWith(client, table, "C1", "2026-11"));

        String byStatus = tables.reserve("CustomerOrdersByStatus");
        tables.createAndWait(tableDefinition(byStatus));
        for (String sk : List.of(
                "PENDING#2026-11-20",
                "SHIPPED#2026-10-28",
                "SHIPPED#2026-11-01",
                "SHIPPED#2026-11-18",
                "DELIVERED#2026-11-02")) {
            put(client, byStatus, "C1", sk);
        }
        Narrator.step("Sort key = STATUS#date: status first, so one query filters status AND date");
        Narrator.show("begins_with SHIPPED#", startingWith(client, byStatus, "C1", "SHIPPED#"));
        Narrator.show(
                "SHIPPED in November", between(client, byStatus, "C1", "SHIPPED#2026-11-01", "SHIPPED#2026-11-30"));
    }

    public static void main(String[] args) {
        Walkthroughs.run(SortKeyRangeQueries::demo);
    }
}
