package com.example.dynamodb.queryscan;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * Query with a key condition: {@code =} on the partition key, and on the sort key one of
 * {@code = < <= > >=}, {@code BETWEEN} or {@code begins_with}. DynamoDB reads only the matching
 * part of one item collection, already sorted by the sort key.
 */
public final class QueryByKeyCondition {

    /** The comparison operators a key condition allows on a sort key. */
    public static final Set<String> COMPARISONS = Set.of("=", "<", "<=", ">", ">=");

    private QueryByKeyCondition() {}

    // tag::date-range[]
    /** All orders of one customer placed between two dates, both days included. */
    public static List<Map<String, AttributeValue>> ordersBetween(
            DynamoDbClient client, String table, String customerId, LocalDate from, LocalDate to) {
        QueryRequest request = QueryRequest.builder()
                .tableName(table)
                .keyConditionExpression("customerId = :c AND orderKey BETWEEN :from AND :to")
                .expressionAttributeValues(Map.of(
                        ":c", AttributeValue.fromS(customerId),
                        ":from", AttributeValue.fromS(from.toString()),
                        // Sort keys look like "2024-03-31T18:02:00Z#o-042-07": '~' sorts after all of them.
                        ":to", AttributeValue.fromS(to + "~")))
                .build();
        // The paginator follows LastEvaluatedKey, so no result is lost past a 1 MB page.
        return client.queryPaginator(request).items().stream().toList();
    }
    // end::date-range[]

    /** {@code orderKey <op> :value} for one of {@link #COMPARISONS}. */
    public static List<Map<String, AttributeValue>> compareSortKey(
            DynamoDbClient client, String table, String customerId, String operator, String value) {
        if (!COMPARISONS.contains(operator)) {
            throw new IllegalArgumentException("A sort key condition supports " + COMPARISONS
                    + ", BETWEEN and begins_with; '" + operator + "' is not one of them");
        }
        return query(
                client,
                table,
                "customerId = :c AND orderKey " + operator + " :v",
                Map.of(":c", AttributeValue.fromS(customerId), ":v", AttributeValue.fromS(value)));
    }

    // tag::begins-with[]
    /** Orders whose sort key starts with a prefix: "2024-03" means "placed in March 2024". */
    public static List<Map<String, AttributeValue>> ordersWithPrefix(
            DynamoDbClient client, String table, String customerId, String prefix) {
        return client
                .queryPaginator(b -> b.tableName(table)
                        .keyConditionExpression("customerId = :c AND begins_with(orderKey, :p)")
                        .expressionAttributeValues(
                                Map.of(":c", AttributeValue.fromS(customerId), ":p", AttributeValue.fromS(prefix))))
                .items()
                .stream()
                .toList();
    }
    // end::begins-with[]

    /** All orders of one customer: a condition on the partition key alone. */
    public static List<Map<String, AttributeValue>> allOrders(DynamoDbClient client, String table, String customerId) {
        return query(client, table, "customerId = :c", Map.of(":c", AttributeValue.fromS(customerId)));
    }

    private static List<Map<String, AttributeValue>> query(
            DynamoDbClient client, String table, String condition, Map<String, AttributeValue> values) {
        return client
                .queryPaginator(b ->
                        b.tableName(table).keyConditionExpression(condition).expressionAttributeValues(values))
                .items()
                .stream()
                .toList();
    }

    static void demo(DynamoDbBackend ddb, Tables tables) {
        DynamoDbClient client = ddb.client();
        String table = SampleOrders.seededTable(client, tables);
        Narrator.section("Query: key conditions");
        Narrator.step("All orders of c042 in March 2024 (customerId = :c AND orderKey BETWEEN ...)");
        var march = ordersBetween(client, table, "c042", LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31));
        Narrator.items(march.stream().map(QueryByKeyCondition::summary).toList());
        Narrator.step("The same with begins_with(orderKey, \"2024-03\"): "
                + ordersWithPrefix(client, table, "c042", "2024-03").size() + " orders");
        for (String op : List.of("<", "<=", ">", ">=")) {
            Narrator.say("orderKey " + op + " \"2024-07-01\": "
                    + compareSortKey(client, table, "c042", op, "2024-07-01").size() + " orders");
        }
        Narrator.say("partition key alone: " + allOrders(client, table, "c042").size() + " orders");
    }

    static Map<String, AttributeValue> summary(Map<String, AttributeValue> order) {
        return Map.of("orderKey", order.get("orderKey"), "status", order.get("status"), "amount", order.get("amount"));
    }

    public static void main(String[] args) {
        Walkthroughs.run(QueryByKeyCondition::demo);
    }
}
