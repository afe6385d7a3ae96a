package com.example.dynamodb.techniques.exercises;

import java.math.BigDecimal;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Exercise 08.3 Idempotent totals (20 minutes): an aggregate update that survives redelivery. Read
 * first: README section "3. Materialized aggregates from a stream".
 *
 * <p>A stream processor calls {@link #apply} once per new order; the stream may deliver the same
 * event twice. The table has partition key {@code customerId} and sort key {@code sk}. Keep each
 * customer's totals in the item {@code (customerId, sk = "TOTALS")} with the Number attributes
 * {@code orders} (how many) and {@code amount} (their sum). Applying an event id that was applied
 * before must change nothing and return false; otherwise add 1 order and the amount, and return
 * true.
 *
 * <p>Hints: remember each applied event as an item of its own, e.g. {@code (customerId,
 * sk = "APPLIED#" + eventId)}; write it with the condition {@code attribute_not_exists(sk)} in the
 * same {@code TransactWriteItems} as an {@code ADD} on the totals, so that both happen or neither
 * does. A {@code TransactionCanceledException} whose first cancellation reason is
 * {@code ConditionalCheckFailed} means "seen before".
 *
 * <p>Done when {@code mvn test -pl 08-techniques -Pexercises -Dtest=IdempotentTotalsTest} passes.
 */
public final class IdempotentTotals {

    private IdempotentTotals() {}

    public static boolean apply(
            DynamoDbClient client, String table, String eventId, String customerId, BigDecimal amount) {
        throw new UnsupportedOperationException(
                "Exercise 08.3 Idempotent totals: not solved yet — start in"
                        + " src/exercises/java/com/example/dynamodb/techniques/exercises/IdempotentTotals.java; see README 'Exercises'");
    }
}
