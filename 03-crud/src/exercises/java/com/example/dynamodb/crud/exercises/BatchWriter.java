package com.example.dynamodb.crud.exercises;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Exercise 03.1 Batch writes that lose nothing (25 minutes). Read first: README section "7. Batches:
 * 25 writes or 100 reads per call, and what comes back unprocessed".
 *
 * <p>Write {@link #putAll}: put every item into {@code table} with {@code BatchWriteItem}.
 *
 * <ul>
 *   <li>One call takes at most {@link #MAX_PER_CALL} (25) writes: send the items in chunks.
 *   <li>A call can succeed and still hand part of its chunk back in {@code UnprocessedItems} (the
 *       table was busy). Send exactly those again, never the whole chunk: every item must reach the
 *       table once. Wait a little before each re-send (10 ms, then 20, 40...: {@code Thread.sleep}
 *       is fine here): a busy table needs room to breathe. The tests do not time it; the lesson's
 *       {@code Backoff} shows the grown-up version, with jitter.
 *   <li>After {@link #MAX_ATTEMPTS} calls for one chunk with items still unprocessed, stop with an
 *       {@code IllegalStateException} whose message says how many items were not written, such as
 *       "3 item(s) not written after 4 attempts". Never loop forever, never drop items silently.
 *   <li>Return how many {@code BatchWriteItem} calls you made.
 * </ul>
 *
 * The tests make DynamoDB Local leave items unprocessed (it never does by itself) and count how
 * often each item reached the server. Done when {@code mvn test -pl 03-crud -Pexercises
 * -Dtest=BatchWriterTest} passes.
 *
 * <p>Hints: {@code WriteRequest.builder().putRequest(PutRequest.builder().item(item).build())
 * .build()}; {@code client.batchWriteItem(b -> b.requestItems(Map.of(table, writes)))};
 * {@code response.unprocessedItems()} has the same shape as {@code requestItems}: a map from table
 * name to the writes still to do, empty when everything was written.
 */
public final class BatchWriter {

    /** DynamoDB's limit: at most 25 put or delete requests in one BatchWriteItem call. */
    public static final int MAX_PER_CALL = 25;

    /** Calls per chunk before giving up. */
    public static final int MAX_ATTEMPTS = 4;

    private static final String NOT_SOLVED = "Exercise 03.1 Batch writes that lose nothing: not solved yet —"
            + " start in src/exercises/java/com/example/dynamodb/crud/exercises/BatchWriter.java;"
            + " see README 'Exercises'";

    private BatchWriter() {}

    /** Puts every item with BatchWriteItem; returns the number of calls made. */
    public static int putAll(DynamoDbClient client, String table, List<Map<String, AttributeValue>> items) {
        throw new UnsupportedOperationException(NOT_SOLVED);
    }
}
