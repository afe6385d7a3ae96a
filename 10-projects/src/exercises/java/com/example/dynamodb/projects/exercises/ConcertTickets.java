package com.example.dynamodb.projects.exercises;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Exercise 10.4 Design challenge: concert tickets (30 minutes on a whiteboard, then about 60 to
 * code). Read first: README section "1. User profiles" (conditions, transactions, cancellation
 * reasons); 05-advanced-features "4. Time to Live"; 08-techniques "6. Write sharding and
 * scatter-gather reads". The brief and the charts are in workshop/day-two-tickets.md at the
 * repository root.
 *
 * <p>A concert sells numbered seats. A customer puts seats on hold for {@link #HOLD} (10 minutes)
 * while paying; nobody else can hold or buy them meanwhile; a hold that ran out frees the seat. A
 * purchase buys the customer's held seats all together or not at all, never a seat twice, and
 * records an order. When the sale opens, thousands buy in the same minute, and the box office
 * watches the number of tickets sold. One table (given: {@link #tableDefinition}, keys PK and SK).
 *
 * <ol>
 *   <li>{@link #seatItem}: a seat of a show, with a plain {@code seatId} attribute.
 *   <li>{@link #hold}: true when the seat is now held by the customer until {@code now} + HOLD
 *       (also when the customer held it already); false when it is sold, or held by someone else
 *       whose hold has not run out. One conditional request.
 *   <li>{@link #buy}: true when every seat, each held by this customer and not run out, is now sold
 *       to them, the order is written and the count of sold tickets has grown; false, with nothing
 *       written, when any seat fails that.
 *   <li>{@link #freeSeats}: the seat ids of the show, sorted, that are neither sold nor held at
 *       {@code now} (an expired hold is free), every page.
 *   <li>{@link #ordersOf}: the Query for a customer's orders, newest first (each order item has a
 *       plain {@code orderId}); the test sends it.
 *   <li>{@link #soldCount}: the number of tickets sold for the show, kept so that the on-sale minute
 *       does not write every purchase to the same item.
 * </ol>
 *
 * Done when {@code mvn test -pl 10-projects -Pexercises -Dtest=ConcertTicketsTest} passes.
 *
 * <p>Hints: a hold can live on the seat item ({@code heldBy}, {@code heldUntil} in epoch seconds)
 * and every condition compares it with {@code :now}: Time to Live deletes items, late, never an
 * attribute. {@code TransactWriteItems} takes up to 100 actions: one update per seat, the order's
 * put, and an {@code ADD} on one of several counter items ({@code SOLD#0} ... {@code SOLD#9}),
 * chosen from the order id. A failed condition cancels the whole transaction with a
 * {@code TransactionCanceledException} whose reasons say {@code ConditionalCheckFailed}.
 */
public final class ConcertTickets {

    public static final Duration HOLD = Duration.ofMinutes(10);

    private static final String NOT_SOLVED = "Exercise 10.4 Design challenge: not solved yet — start in"
            + " src/exercises/java/com/example/dynamodb/projects/exercises/ConcertTickets.java; see README 'Exercises'";

    private ConcertTickets() {}

    /** Given: one table with a String partition key PK and a String sort key SK, on-demand. */
    public static CreateTableRequest tableDefinition(String tableName) {
        return CreateTableRequest.builder()
                .tableName(tableName)
                .billingMode("PAY_PER_REQUEST")
                .attributeDefinitions(
                        a -> a.attributeName("PK").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("SK").attributeType(ScalarAttributeType.S))
                .keySchema(
                        k -> k.attributeName("PK").keyType(KeyType.HASH),
                        k -> k.attributeName("SK").keyType(KeyType.RANGE))
                .build();
    }

    /** A seat of a show, as an item. */
    public static Map<String, AttributeValue> seatItem(String showId, String seatId) {
        throw new UnsupportedOperationException(NOT_SOLVED);
    }

    /** Holds the seat for the customer until now + HOLD; false if sold or held by someone else. */
    public static boolean hold(
            DynamoDbClient client, String table, String showId, String seatId, String customerId, Instant now) {
        throw new UnsupportedOperationException(NOT_SOLVED);
    }

    /** Sells all the seats to the customer, with an order, or none; false if any is not theirs to buy. */
    public static boolean buy(
            DynamoDbClient client,
            String table,
            String showId,
            List<String> seatIds,
            String customerId,
            String orderId,
            Instant now) {
        throw new UnsupportedOperationException(NOT_SOLVED);
    }

    /** The seats neither sold nor held at {@code now}, sorted by seat id. */
    public static List<String> freeSeats(DynamoDbClient client, String table, String showId, Instant now) {
        throw new UnsupportedOperationException(NOT_SOLVED);
    }

    /** The Query for the customer's orders, newest first. */
    public static QueryRequest ordersOf(String table, String customerId) {
        throw new UnsupportedOperationException(NOT_SOLVED);
    }

    /** The number of tickets sold for the show. */
    public static long soldCount(DynamoDbClient client, String table, String showId) {
        throw new UnsupportedOperationException(NOT_SOLVED);
    }
}
