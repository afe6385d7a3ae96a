package com.example.dynamodb.advanced;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * One BatchWriteItem of up to 25 writes, done completely: a call can succeed and still hand part of
 * its writes back in UnprocessedItems (the table was busy), so exactly those are sent again, after a
 * pause that grows and is randomised (exponential backoff with full jitter), until none is left or
 * the attempts run out. The rule is the corpus's one, taught step by step in 03-crud's BatchWrites:
 * 10 attempts per batch, waits drawn from [0, min(5 s, 50 ms * 2^(retry - 1))].
 */
public final class BatchWriteWithRetry {

    private BatchWriteWithRetry() {}

    // tag::write[]
    static final int MAX_ATTEMPTS = 10;
    static final long BASE_MILLIS = 50;
    static final long CAP_MILLIS = 5_000;

    /** Sleeps for a number of milliseconds: {@code Thread::sleep}, or a recorder in tests. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(long millis) throws InterruptedException;
    }

    /** One batch: re-sends only the UnprocessedItems, after a growing, jittered pause. */
    public static void write(DynamoDbClient client, String table, List<WriteRequest> writes) {
        write(client, table, writes, ThreadLocalRandom.current(), Thread::sleep);
    }

    /** The same, with the jitter's randomness and the waiting in the caller's hands (a test's, say). */
    public static void write(
            DynamoDbClient client, String table, List<WriteRequest> writes, RandomGenerator random, Sleeper sleeper) {
        Map<String, List<WriteRequest>> pending = Map.of(table, List.copyOf(writes));
        for (int attempt = 1; !pending.isEmpty(); attempt++) {
            if (attempt > MAX_ATTEMPTS) {
                int left = pending.values().stream().mapToInt(List::size).sum();
                throw new IllegalStateException(left + " item(s) still unprocessed after " + MAX_ATTEMPTS
                        + " attempts; the table may be throttled");
            }
            if (attempt > 1) { // full jitter: a random wait in [0, min(cap, base * 2^(retry - 1))]
                long ceiling = Math.min(CAP_MILLIS, BASE_MILLIS << Math.min(attempt - 2, 30));
                try {
                    sleeper.sleep(random.nextLong(ceiling + 1));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted during a batch write; part of it may be written", e);
                }
            }
            BatchWriteItemResponse response = client.batchWriteItem(
                    BatchWriteItemRequest.builder().requestItems(pending).build());
            pending = response.hasUnprocessedItems() ? response.unprocessedItems() : Map.of();
        }
    }
    // end::write[]
}
