package com.example.dynamodb.performance.exercises;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Exercise 06.3 Bound in-flight async writes with a semaphore (20 minutes). Read first: README
 * section "8. The Java client for throughput".
 *
 * <p>Write {@link #putAll}: put every item with the async client's {@code putItem}, with never
 * more than {@code maxInFlight} requests outstanding at once, and return a future of the number
 * written.
 *
 * <ul>
 *   <li>Use a {@code java.util.concurrent.Semaphore} of {@code maxInFlight} permits: take one
 *       before each request, give it back when that request has COMPLETED (successfully or not),
 *       that is in the future's {@code whenComplete}, not right after sending it.
 *   <li>Taking a permit may block: do it on the calling thread. Never block inside a callback
 *       ({@code whenComplete}, {@code thenApply}...): callbacks run on the SDK's small pool of
 *       completion threads.
 *   <li>The returned future completes when every write has; if any write failed, it fails (with
 *       that write's exception as the cause), it does not hang.
 *   <li>{@code maxInFlight} below 1 is refused with an {@code IllegalArgumentException}.
 * </ul>
 *
 * The tests count the requests in flight with an interceptor on the client. Done when {@code mvn
 * test -pl 06-performance -Pexercises -Dtest=BoundedWriterTest} passes.
 *
 * <p>Hints: {@code client.putItem(b -> b.tableName(table).item(item))} returns a
 * {@code CompletableFuture<PutItemResponse>}; {@code CompletableFuture.allOf(futures)} completes
 * when all do; {@code semaphore.acquireUninterruptibly()} and {@code semaphore.release()}.
 */
public final class BoundedWriter {

    private static final String NOT_SOLVED = "Exercise 06.3 Bound in-flight async writes with a semaphore: not solved"
            + " yet — start in src/exercises/java/com/example/dynamodb/performance/exercises/BoundedWriter.java; see"
            + " README 'Exercises'";

    private BoundedWriter() {}

    public static CompletableFuture<Integer> putAll(
            DynamoDbAsyncClient client, String table, List<Map<String, AttributeValue>> items, int maxInFlight) {
        throw new UnsupportedOperationException(NOT_SOLVED);
    }
}
