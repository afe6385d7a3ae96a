package com.example.dynamodb.advanced;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * One BatchWriteItem of up to 25 writes, done completely: a call can succeed and still hand part of
 * its writes back in UnprocessedItems (the table was busy), so exactly those are sent again, after a
 * pause that grows and is randomised (exponential backoff with full jitter), until none is left or
 * the attempts run out. 03-crud's BatchWrites teaches this loop step by step.
 */
public final class BatchWriteWithRetry {

    private BatchWriteWithRetry() {}

    // tag::write[]
    static final int MAX_ATTEMPTS = 8;
    static final long BASE_MILLIS = 25;
    static final long CAP_MILLIS = 1_000;

    /** One batch: re-sends only the UnprocessedItems, after a growing, jittered pause. */
    public static void write(DynamoDbClient client, String table, List<WriteRequest> writes) {
        Map<String, List<WriteRequest>> pending = Map.of(table, List.copyOf(writes));
        for (int attempt = 1; !pending.isEmpty(); attempt++) {
            if (attempt > MAX_ATTEMPTS) {
                throw new IllegalStateException(pending.get(table).size() + " item(s) still unprocessed after "
                        + MAX_ATTEMPTS + " attempts: the table is throttled. What was written stays written (a batch is"
                        + " not a transaction).");
            }
            if (attempt > 1) { // full jitter: a random pause up to base * 2^(retry - 1), capped
                long ceiling = Math.min(CAP_MILLIS, BASE_MILLIS << (attempt - 2));
                try {
                    Thread.sleep(ThreadLocalRandom.current().nextLong(ceiling + 1));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted during a batch write; part of it may be written", e);
                }
            }
            Map<String, List<WriteRequest>> request = pending;
            pending = client.batchWriteItem(b -> b.requestItems(request)).unprocessedItems();
        }
    }
    // end::write[]
}
