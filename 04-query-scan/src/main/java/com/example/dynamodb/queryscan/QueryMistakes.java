package com.example.dynamodb.queryscan;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * The Query mistakes everyone makes once, and what they mean. DynamoDB rejects each with a
 * terse ValidationException; {@link #query} adds the explanation a learner needs and keeps the
 * service's message as the cause.
 */
public final class QueryMistakes {

    private QueryMistakes() {}

    // tag::explain[]
    /** Sends the query; a validation error comes back as an explaining IllegalArgumentException. */
    public static QueryResponse query(DynamoDbClient client, QueryRequest request) {
        try {
            return client.query(request);
        } catch (DynamoDbException e) {
            String service =
                    e.awsErrorDetails() == null ? "" : e.awsErrorDetails().errorMessage();
            throw new IllegalArgumentException(explain(service) + " (DynamoDB said: " + service + ")", e);
        }
    }

    static String explain(String service) {
        if (service.contains("missed key schema element")) {
            return "A key condition may name only the key attributes of the table or index you query;"
                    + " to select on another attribute, query an index keyed on it or add a FilterExpression";
        } else if (service.contains("begins_with") && service.contains("operand type: N")) {
            return "begins_with works only on a string or binary sort key; for a number sort key use"
                    + " BETWEEN or a comparison";
        } else if (service.contains("Filter Expression can only contain non-primary key attributes")) {
            return "In a Query, conditions on key attributes belong in the KeyConditionExpression,"
                    + " where they limit what is read; a FilterExpression may use only non-key attributes";
        } else if (service.contains("Exclusive Start Key") || service.contains("starting key")) {
            return "ExclusiveStartKey must be a LastEvaluatedKey returned by this same query";
        }
        return "DynamoDB rejected the query";
    }
    // end::explain[]

    /** The four mistakes, as requests on the Orders table. */
    static Map<String, QueryRequest> mistakes(String table) {
        AttributeValue c042 = AttributeValue.fromS("c042");
        return Map.of(
                "key condition on status, not a key",
                        QueryRequest.builder()
                                .tableName(table)
                                .keyConditionExpression("customerId = :c AND #st = :s")
                                .expressionAttributeNames(Map.of("#st", "status"))
                                .expressionAttributeValues(Map.of(":c", c042, ":s", AttributeValue.fromS("Shipped")))
                                .build(),
                "begins_with on the number sort key of the LSI",
                        QueryRequest.builder()
                                .tableName(table)
                                .indexName(OrdersTable.AMOUNT_INDEX)
                                .keyConditionExpression("customerId = :c AND begins_with(amount, :a)")
                                .expressionAttributeValues(Map.of(":c", c042, ":a", AttributeValue.fromN("1")))
                                .build(),
                "filter on the sort key in a Query",
                        QueryRequest.builder()
                                .tableName(table)
                                .keyConditionExpression("customerId = :c")
                                .filterExpression("orderKey > :d")
                                .expressionAttributeValues(Map.of(":c", c042, ":d", AttributeValue.fromS("2024-06")))
                                .build(),
                "ExclusiveStartKey that is not a key",
                        QueryRequest.builder()
                                .tableName(table)
                                .keyConditionExpression("customerId = :c")
                                .expressionAttributeValues(Map.of(":c", c042))
                                .exclusiveStartKey(Map.of("orderId", AttributeValue.fromS("o-042-01")))
                                .build());
    }

    static void demo(DynamoDbBackend ddb, Tables tables) {
        String table = SampleOrders.seededTable(ddb.client(), tables);
        Narrator.section("Query mistakes, explained");
        new TreeMap<>(mistakes(table)).forEach((what, request) -> {
            Narrator.step(what);
            try {
                query(ddb.client(), request);
                Narrator.say("accepted?! (this backend did not reject it)");
            } catch (IllegalArgumentException e) {
                Narrator.say(e.getMessage());
            }
        });
    }

    public static void main(String[] args) {
        Walkthroughs.run(QueryMistakes::demo);
    }
}
