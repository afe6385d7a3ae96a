package com.example.dynamodb.queryscan;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * What a Query returns, and in which order: newest first ({@code ScanIndexForward=false}), at
 * most N items ({@code Limit}), only a count ({@code Select.COUNT}), or only some attributes
 * ({@code ProjectionExpression}).
 */
public final class QueryOptions {

    private QueryOptions() {}

    // tag::latest[]
    /** The customer's {@code n} most recent orders, newest first. */
    public static List<Map<String, AttributeValue>> latestOrders(
            DynamoDbClient client, String table, String customerId, int n) {
        return client
                .queryPaginator(b -> b.tableName(table)
                        .keyConditionExpression("customerId = :c")
                        .expressionAttributeValues(Map.of(":c", AttributeValue.fromS(customerId)))
                        .scanIndexForward(false) // walk the sort key backwards: newest date first
                        .limit(n)) // pages of n items: usually one small page, one small bill
                .items()
                .stream()
                .limit(n) // a page can also stop at 1 MB before n; the paginator then fetches the rest
                .toList();
    }
    // end::latest[]

    // tag::count[]
    /** How many orders a customer has, without transferring them. */
    public static int countOrders(DynamoDbClient client, String table, String customerId) {
        // Select.COUNT still reads the items (and is billed for them), but returns only the count.
        return client
                .queryPaginator(b -> b.tableName(table)
                        .keyConditionExpression("customerId = :c")
                        .expressionAttributeValues(Map.of(":c", AttributeValue.fromS(customerId)))
                        .select(Select.COUNT))
                .stream()
                .mapToInt(QueryResponse::count)
                .sum();
    }
    // end::count[]

    // tag::projection[]
    /** Order id, status and amount only: "status" is a reserved word, hence the #st placeholder. */
    public static List<Map<String, AttributeValue>> orderSummaries(
            DynamoDbClient client, String table, String customerId) {
        return client
                .queryPaginator(b -> b.tableName(table)
                        .keyConditionExpression("customerId = :c")
                        .projectionExpression("orderId, #st, amount")
                        .expressionAttributeNames(Map.of("#st", "status"))
                        .expressionAttributeValues(Map.of(":c", AttributeValue.fromS(customerId))))
                .items()
                .stream()
                .toList();
    }
    // end::projection[]

    static void demo(DynamoDbBackend ddb, Tables tables) {
        DynamoDbClient client = ddb.client();
        String table = SampleOrders.seededTable(client, tables);
        Narrator.section("Query: order, Limit, COUNT, projection");
        Narrator.step("The 3 latest orders of c042 (ScanIndexForward=false, Limit=3)");
        Narrator.items(latestOrders(client, table, "c042", 3).stream()
                .map(QueryByKeyCondition::summary)
                .toList());
        Narrator.step("Select.COUNT: c042 has " + countOrders(client, table, "c042") + " orders");
        Narrator.step("ProjectionExpression \"orderId, #st, amount\" (first 3 rows)");
        Narrator.items(orderSummaries(client, table, "c042").subList(0, 3));
    }

    public static void main(String[] args) {
        Walkthroughs.run(QueryOptions::demo);
    }
}
