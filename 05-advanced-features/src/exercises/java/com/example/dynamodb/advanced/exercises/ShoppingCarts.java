package com.example.dynamodb.advanced.exercises;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Exercise 05.2 Carts that expire (15 minutes). Read first: README section "4. Time to Live".
 *
 * <p>A shopping cart lives for a while, then Time to Live deletes it. The carts table has the
 * partition key {@code customerId} and the sort key {@code cartId} (strings), and TTL is enabled on
 * the attribute {@link #TTL_ATTRIBUTE}.
 *
 * <ul>
 *   <li>{@link #save}: put a cart item (its two keys and {@code expiresAt}) that expires
 *       {@code lifetime} after {@code clock}'s current time, in the unit TTL expects.
 *   <li>{@link #activeCartIds}: the ids of the customer's carts that have not expired at
 *       {@code clock}'s current time, sorted. DynamoDB deletes expired items only eventually (up to
 *       a few days later), so expired carts may still be in the table: leave them out. A cart that
 *       expires exactly now has expired. Read every page.
 * </ul>
 *
 * Done when {@code mvn test -pl 05-advanced-features -Pexercises -Dtest=ShoppingCartsTest} passes.
 *
 * <p>Hints: {@code clock.instant()}; a Query on {@code customerId} with a {@code FilterExpression};
 * {@code expiresAt} needs an attribute-name placeholder only if you like; {@code client.queryPaginator(...)}.
 */
public final class ShoppingCarts {

    public static final String TTL_ATTRIBUTE = "expiresAt";

    private static final String NOT_SOLVED = "Exercise 05.2 Carts that expire: not solved yet — start in"
            + " src/exercises/java/com/example/dynamodb/advanced/exercises/ShoppingCarts.java;"
            + " see README 'Exercises'";

    private ShoppingCarts() {}

    public static void save(
            DynamoDbClient client, String table, String customerId, String cartId, Duration lifetime, Clock clock) {
        throw new UnsupportedOperationException(NOT_SOLVED);
    }

    public static List<String> activeCartIds(DynamoDbClient client, String table, String customerId, Clock clock) {
        throw new UnsupportedOperationException(NOT_SOLVED);
    }
}
