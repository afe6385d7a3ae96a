package com.example.dynamodb.fundamentals;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Users and their orders, modelled for DynamoDB. A relational schema would have two tables and a
 * join; here we start from the access pattern "show a user with their orders" and store the user
 * and the orders under the same partition key value, so that one Query answers it. The sort key
 * orders them: an order's date and id, or the word "profile" (digits sort before letters).
 *
 * <pre>
 *   pk     sk                   attributes
 *   u-1    2026-11-02 o-1002    total
 *   u-1    2026-11-20 o-1007    total
 *   u-1    profile              name
 * </pre>
 */
public final class NoSqlVsRelational {

    private NoSqlVsRelational() {}

    /** The keys: one partition key value per user; the sort key orders that user's items. */
    static Map<String, AttributeValue> key(String userId, String sortKey) {
        return Map.of("pk", AttributeValue.fromS(userId), "sk", AttributeValue.fromS(sortKey));
    }

    public static void saveUser(DynamoDbClient client, String table, String userId, String name) {
        Map<String, AttributeValue> item = new HashMap<>(key(userId, "profile"));
        item.put("name", AttributeValue.fromS(name));
        client.putItem(b -> b.tableName(table).item(item));
    }

    public static void saveOrder(
            DynamoDbClient client, String table, String userId, String date, String orderId, String total) {
        Map<String, AttributeValue> item = new HashMap<>(key(userId, date + " " + orderId));
        item.put("total", AttributeValue.fromN(total));
        client.putItem(b -> b.tableName(table).item(item));
    }

    // tag::query[]
    /** "A user and their orders": one Query on one partition key value, no join. */
    public static List<Map<String, AttributeValue>> userWithOrders(DynamoDbClient client, String table, String userId) {
        // The paginator asks for the next page while there is one: a single response stops at 1 MB.
        return client
                .queryPaginator(b -> b.tableName(table)
                        .keyConditionExpression("pk = :pk")
                        .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(userId))))
                .items()
                .stream()
                .toList();
    }
    // end::query[]

    static void demo(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("NoSQL vs relational: model the access pattern, not the entities");
        DynamoDbClient client = ddb.client();
        String table = tables.reserve("UsersAndOrders");
        CompositePrimaryKey.createTable(client, table, ScalarAttributeType.S);

        Narrator.step("Store a user and three orders under the same partition key value");
        saveUser(client, table, "u-1", "Ada");
        saveOrder(client, table, "u-1", "2026-11-20", "o-1007", "42.50");
        saveOrder(client, table, "u-1", "2026-11-02", "o-1002", "19.99");
        saveOrder(client, table, "u-1", "2026-10-15", "o-0991", "5");
        saveUser(client, table, "u-2", "Alan");

        Narrator.step("Query pk = u-1: the orders in date order, then the profile, in one request");
        Narrator.items(userWithOrders(client, table, "u-1"));
        Narrator.say("In SQL: SELECT ... FROM users JOIN orders ON ... WHERE users.id = 'u-1'.");
    }

    public static void main(String[] args) {
        Walkthroughs.run(NoSqlVsRelational::demo);
    }
}
