package com.example.dynamodb.queryscan;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * A FilterExpression drops items after DynamoDB has read them and before it returns them. It
 * works on Query (non-key attributes only) and Scan (any attribute), with comparisons,
 * {@code BETWEEN}, {@code IN}, functions ({@code attribute_exists}, {@code contains},
 * {@code size}, {@code begins_with}) and nested paths. It saves bandwidth, never read capacity.
 */
public final class FilterExpressions {

    /** A few filters on the orders, each as (expression, its placeholder values). */
    public static final Map<String, Map<String, AttributeValue>> EXAMPLES = examples();

    private FilterExpressions() {}

    // tag::shipped[]
    /** The customer's orders of a date range that have shipped: key condition, then filter. */
    public static List<Map<String, AttributeValue>> shippedOrdersBetween(
            DynamoDbClient client, String table, String customerId, LocalDate from, LocalDate to) {
        QueryRequest request = QueryRequest.builder()
                .tableName(table)
                .keyConditionExpression("customerId = :c AND orderKey BETWEEN :from AND :to")
                .filterExpression("#st = :shipped") // applied to what the key condition read
                .expressionAttributeNames(Map.of("#st", "status"))
                .expressionAttributeValues(Map.of(
                        ":c", AttributeValue.fromS(customerId),
                        ":from", AttributeValue.fromS(from.toString()),
                        ":to", AttributeValue.fromS(to + "~"),
                        ":shipped", AttributeValue.fromS("Shipped")))
                .build();
        return client.queryPaginator(request).items().stream().toList();
    }
    // end::shipped[]

    // tag::scan-filter[]
    /** Every order matching a filter. "#st" always stands for "status", a reserved word. */
    public static List<Map<String, AttributeValue>> scanWhere(
            DynamoDbClient client, String table, String filter, Map<String, AttributeValue> values) {
        return client
                .scanPaginator(b -> b.tableName(table)
                        .filterExpression(filter)
                        .expressionAttributeNames(filter.contains("#st") ? Map.of("#st", "status") : null)
                        .expressionAttributeValues(values.isEmpty() ? null : values))
                .items()
                .stream()
                .toList();
    }
    // end::scan-filter[]

    private static Map<String, Map<String, AttributeValue>> examples() {
        Map<String, Map<String, AttributeValue>> m = new LinkedHashMap<>();
        m.put("amount > :min", Map.of(":min", n("900")));
        m.put("amount BETWEEN :lo AND :hi", Map.of(":lo", n("100"), ":hi", n("120")));
        m.put("#st IN (:a, :b)", Map.of(":a", s("Pending"), ":b", s("Cancelled")));
        m.put("attribute_exists(giftMessage)", Map.of());
        m.put("contains(tags, :tag)", Map.of(":tag", s("fragile")));
        m.put("size(orderLines) >= :n", Map.of(":n", n("5")));
        m.put("shippingAddress.city = :city", Map.of(":city", s("Graz")));
        m.put("begins_with(shippingAddress.postcode, :p)", Map.of(":p", s("99")));
        m.put("#st = :s AND attribute_not_exists(tags)", Map.of(":s", s("Delivered")));
        return Collections.unmodifiableMap(m); // keeps the order above
    }

    static void demo(DynamoDbBackend ddb, Tables tables) {
        DynamoDbClient client = ddb.client();
        String table = SampleOrders.seededTable(client, tables);
        Narrator.section("FilterExpression");
        Narrator.step("c042's orders of the first half of 2024, only those Shipped");
        Narrator.items(
                shippedOrdersBetween(client, table, "c042", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30))
                        .stream()
                        .map(QueryByKeyCondition::summary)
                        .toList());
        Narrator.step("Scans with a filter (each one reads all 2,000 orders); three of the examples");
        EXAMPLES.entrySet().stream()
                .skip(3)
                .limit(3)
                .forEach(e -> Narrator.say(String.format(
                        "%-30s -> %3d orders",
                        e.getKey(),
                        scanWhere(client, table, e.getKey(), e.getValue()).size())));
    }

    private static AttributeValue s(String v) {
        return AttributeValue.fromS(v);
    }

    private static AttributeValue n(String v) {
        return AttributeValue.fromN(v);
    }

    public static void main(String[] args) {
        Walkthroughs.run(FilterExpressions::demo);
    }
}
