package com.example.dynamodb.advanced.exercises;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A plausible wrong answer to exercise 05.2: "epoch time" taken as milliseconds, as Java's
 * {@code System.currentTimeMillis()} gives it. Consistent with itself, and TTL never deletes a cart.
 */
public final class ShoppingCarts {

    public static final String TTL_ATTRIBUTE = "expiresAt";

    private ShoppingCarts() {}

    public static void save(
            DynamoDbClient client, String table, String customerId, String cartId, Duration lifetime, Clock clock) {
        long expiresAt = clock.millis() + lifetime.toMillis();
        client.putItem(b -> b.tableName(table)
                .item(Map.of(
                        "customerId",
                        AttributeValue.fromS(customerId),
                        "cartId",
                        AttributeValue.fromS(cartId),
                        TTL_ATTRIBUTE,
                        AttributeValue.fromN(Long.toString(expiresAt)))));
    }

    public static List<String> activeCartIds(DynamoDbClient client, String table, String customerId, Clock clock) {
        return client
                .queryPaginator(b -> b.tableName(table)
                        .keyConditionExpression("customerId = :c")
                        .filterExpression("expiresAt > :now")
                        .expressionAttributeValues(Map.of(
                                ":c", AttributeValue.fromS(customerId),
                                ":now", AttributeValue.fromN(Long.toString(clock.millis())))))
                .items()
                .stream()
                .map(item -> item.get("cartId").s())
                .sorted()
                .toList();
    }
}
