package com.example.dynamodb.modeling;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/**
 * What DynamoDB refuses because of the key design: a key of the wrong type, a missing key, a GSI
 * key attribute of the wrong type (an item that would not fit the index is rejected whole), and an
 * index query whose key condition names a non-key attribute. Each error is explained in terms of
 * the schema; nothing is written.
 */
public final class RejectedKeys {

    private RejectedKeys() {}

    // tag::explain[]
    /** Writes an item; a schema violation becomes an IllegalArgumentException that explains it. */
    public static void put(DynamoDbClient client, String table, Map<String, AttributeValue> item) {
        try {
            client.putItem(b -> b.tableName(table).item(item));
        } catch (DynamoDbException e) {
            throw new IllegalArgumentException(explain(e), e);
        }
    }

    /** Queries an index by one attribute; a non-key attribute in the key condition is explained. */
    public static int queryIndex(
            DynamoDbClient client, String table, String index, String attribute, AttributeValue value) {
        try {
            return client
                    .queryPaginator(b -> b.tableName(table)
                            .indexName(index)
                            .keyConditionExpression("#a = :v")
                            .expressionAttributeNames(Map.of("#a", attribute))
                            .expressionAttributeValues(Map.of(":v", value)))
                    .stream() // the request is sent here, inside the try, page by page
                    .mapToInt(page -> page.count())
                    .sum();
        } catch (DynamoDbException e) {
            throw new IllegalArgumentException(explain(e), e);
        }
    }

    static String explain(DynamoDbException e) {
        String message = e.awsErrorDetails() == null
                ? e.getMessage()
                : e.awsErrorDetails().errorMessage();
        String why;
        if (message.contains("Type mismatch for Index Key")) {
            why = "an index key attribute has a different type than the index declares";
        } else if (message.contains("Type mismatch for key")) {
            why = "a table key attribute has a different type than the table declares";
        } else if (message.contains("required keys was not given") || message.contains("Missing the key")) {
            why = "every item needs all the table's key attributes";
        } else if (message.contains("Query condition missed key schema element")) {
            why = "a key condition may name only the index's partition and sort key";
        } else {
            why = "the request does not fit the table's schema";
        }
        return "Rejected, " + why + " (DynamoDB: " + message + ")";
    }
    // end::explain[]

    static void demo(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("7. Bad input: what the key schema rejects");
        DynamoDbClient client = ddb.client();
        String table = tables.reserve("OrdersStrict");
        tables.createAndWait(GsiOrdersByCustomer.tableDefinition(table));
        tryIt("orderId as a number", () -> put(client, table, Map.of("orderId", AttributeValue.fromN("1"))));
        tryIt("no orderId", () -> put(client, table, Map.of("customerId", AttributeValue.fromS("C1"))));
        tryIt(
                "customerId (GSI key) as a number",
                () -> put(
                        client,
                        table,
                        Map.of(
                                "orderId",
                                AttributeValue.fromS("o-1"),
                                "customerId",
                                AttributeValue.fromN("7"),
                                "orderDate",
                                AttributeValue.fromS("2026-11-01"))));
        tryIt(
                "index query on 'total'",
                () -> queryIndex(client, table, Order.BY_CUSTOMER, "total", AttributeValue.fromN("30")));
        Narrator.show(
                "items in the table afterwards",
                client.scanPaginator(b -> b.tableName(table)).stream()
                        .mapToInt(page -> page.count())
                        .sum());
    }

    private static void tryIt(String what, Runnable action) {
        try {
            action.run();
        } catch (IllegalArgumentException e) {
            Narrator.show(what, e.getMessage());
        }
    }

    public static void main(String[] args) {
        Walkthroughs.run(RejectedKeys::demo);
    }
}
