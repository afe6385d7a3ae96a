package com.example.dynamodb.queryscan.exercises;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * Exercise 04.1 Pagination past empty pages (15 minutes). Read first: README sections "6.
 * FilterExpression" and "8. Pagination done right".
 *
 * <p>The orders table (the test creates it) has partition key {@code customerId}, sort key
 * {@code orderKey} (the ISO-8601 date, '#', the order id: sorting by key is sorting by time) and a
 * {@code status}. An API lists a customer's Delivered orders, oldest first. It reads 10 orders per
 * request ({@link #PAGE_SIZE}: small, even responses) and filters on the status. The loop in
 * {@link #asFound} went to production, and customers wrote in: "some of my delivered orders are
 * missing".
 *
 * <ol>
 *   <li>Read {@link #asFound} and find out why it loses orders. (You can call it from
 *       {@link #deliveredOrders} and run the tests to watch it fail.)
 *   <li>Write {@link #deliveredOrders} so that it returns every Delivered order of the customer.
 *       Keep {@link #pageRequest} as it is, Limit and filter included: the tests check that every
 *       request still has them. The fix is in the loop.
 * </ol>
 *
 * Done when {@code mvn test -pl 04-query-scan -Pexercises -Dtest=DeliveredOrdersTest} passes.
 *
 * <p>Hints: {@code Limit} counts the items a page <em>reads</em>, before the filter; so how many
 * items can a page return, and what does an empty page mean? What, in a response, says whether there
 * is more to read? The SDK's {@code client.queryPaginator(request)} is a fine answer too, once you
 * can say why it does not stop early.
 */
public final class DeliveredOrders {

    /** Orders read per request. */
    public static final int PAGE_SIZE = 10;

    private static final String NOT_SOLVED = "Exercise 04.1 Pagination past empty pages: not solved yet — start"
            + " in src/exercises/java/com/example/dynamodb/queryscan/exercises/DeliveredOrders.java;"
            + " see README 'Exercises'";

    private DeliveredOrders() {}

    /** Every Delivered order of the customer, oldest first. */
    public static List<Map<String, AttributeValue>> deliveredOrders(
            DynamoDbClient client, String table, String customerId) {
        throw new UnsupportedOperationException(NOT_SOLVED);
    }

    /** The loop as it was found in production: it returns too few orders. Do not fix it here. */
    static List<Map<String, AttributeValue>> asFound(DynamoDbClient client, String table, String customerId) {
        List<Map<String, AttributeValue>> delivered = new ArrayList<>();
        Map<String, AttributeValue> startKey = null;
        do {
            QueryResponse page = client.query(pageRequest(table, customerId, startKey));
            if (page.items().isEmpty()) {
                break; // no more delivered orders
            }
            delivered.addAll(page.items());
            startKey = page.hasLastEvaluatedKey() ? page.lastEvaluatedKey() : null;
        } while (startKey != null);
        return delivered;
    }

    /** Given: one page of the customer's Delivered orders, from {@code startKey} (null: the start). */
    public static QueryRequest pageRequest(String table, String customerId, Map<String, AttributeValue> startKey) {
        return QueryRequest.builder()
                .tableName(table)
                .keyConditionExpression("customerId = :c")
                .filterExpression("#st = :delivered")
                .expressionAttributeNames(Map.of("#st", "status"))
                .expressionAttributeValues(
                        Map.of(":c", AttributeValue.fromS(customerId), ":delivered", AttributeValue.fromS("Delivered")))
                .limit(PAGE_SIZE)
                .exclusiveStartKey(startKey)
                .build();
    }
}
