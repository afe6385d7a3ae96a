package com.example.dynamodb.advanced.exercises;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;

/**
 * Exercise 05.1 Ship paid orders, report what failed (20 minutes). Read first: README sections
 * "3. Stream to Lambda" and "Deploying the handler".
 *
 * <p>This Lambda function runs on the orders table's stream (view type NEW_AND_OLD_IMAGES). Write
 * {@link #handleRequest}:
 *
 * <ul>
 *   <li>An order is <em>paid</em> by a MODIFY record whose old image has {@code status} "PLACED" and
 *       whose new image has {@code status} "PAID". For each such record, in order, call
 *       {@code warehouse.ship(orderId)} with the new image's {@code orderId}. Ignore every other
 *       record: inserts, deletes, and modifications that are not this transition.
 *   <li>When {@code ship} throws, report that record as a partial batch failure and stop: return a
 *       {@code StreamsEventResponse} whose single {@code BatchItemFailure} names the record. Lambda
 *       then retries from that record on. Do not ship the records after it now: they would be
 *       shipped twice.
 *   <li>When everything went well, return a response with an empty list of failures.
 * </ul>
 *
 * Done when {@code mvn test -pl 05-advanced-features -Pexercises -Dtest=PaidOrderShipperTest} passes.
 *
 * <p>Hints: {@code record.getEventName()}, {@code record.getDynamodb().getOldImage()} and
 * {@code getNewImage()} (maps of Lambda's {@code AttributeValue}, read with {@code getS()}). An
 * INSERT has no old image and a REMOVE no new image: there {@code getOldImage()} (or
 * {@code getNewImage()}) returns null, not an empty map, so look at the event name before you read
 * a status, or you get a {@code NullPointerException} on the first insert. Which
 * identifier does Lambda expect in {@code itemIdentifier} for a stream: the event id, or something
 * else? The README's "Deploying the handler" says.
 */
public final class PaidOrderShipper implements RequestHandler<DynamodbEvent, StreamsEventResponse> {

    /** The warehouse system: it may fail. */
    public interface Warehouse {
        void ship(String orderId);
    }

    private static final String NOT_SOLVED = "Exercise 05.1 Ship paid orders: not solved yet — start in"
            + " src/exercises/java/com/example/dynamodb/advanced/exercises/PaidOrderShipper.java;"
            + " see README 'Exercises'";

    private final Warehouse warehouse;

    public PaidOrderShipper(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    @Override
    public StreamsEventResponse handleRequest(DynamodbEvent event, Context context) {
        throw new UnsupportedOperationException(NOT_SOLVED);
    }
}
