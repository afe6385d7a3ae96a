package com.example.dynamodb.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Loads a lesson's data set: {@code BatchWriteItem} 25 items at a time, re-sending whatever comes
 * back in {@code UnprocessedItems} after an exponential pause with full jitter, and failing
 * loudly when a batch still does not get through. 03-crud's {@code BatchWrites} teaches this loop
 * step by step; this is the same idea as plumbing for data set-up.
 */
public final class BatchLoader {

    /** BatchWriteItem takes at most 25 write requests per call. */
    public static final int MAX_PER_CALL = 25;

    // The corpus's one rule for UnprocessedItems loops (03-crud's Backoff.standard()): 10 attempts
    // per batch, full jitter on a ceiling that starts at 50 ms and doubles up to 5 s.
    static final int MAX_ATTEMPTS = 10;
    static final long BASE_MILLIS = 50;
    static final long CAP_MILLIS = 5_000;

    private BatchLoader() {}

    /** Puts every item into {@code table}; returns how many BatchWriteItem calls it took. */
    public static int putAll(DynamoDbClient client, String table, List<Map<String, AttributeValue>> items) {
        return putAll(client, table, items, MAX_ATTEMPTS);
    }

    static int putAll(DynamoDbClient client, String table, List<Map<String, AttributeValue>> items, int maxAttempts) {
        int calls = 0;
        for (int from = 0; from < items.size(); from += MAX_PER_CALL) {
            List<WriteRequest> chunk = new ArrayList<>();
            for (Map<String, AttributeValue> item : items.subList(from, Math.min(from + MAX_PER_CALL, items.size()))) {
                chunk.add(WriteRequest.builder()
                        .putRequest(PutRequest.builder().item(item).build())
                        .build());
            }
            Map<String, List<WriteRequest>> pending = Map.of(table, chunk);
            for (int attempt = 1; !pending.isEmpty(); attempt++) {
                if (attempt > maxAttempts) {
                    int left = pending.values().stream().mapToInt(List::size).sum();
                    throw new IllegalStateException(left + " item(s) of " + table + " still unprocessed after "
                            + maxAttempts + " attempts; the table may be throttled");
                }
                if (attempt > 1) {
                    pause(attempt - 1);
                }
                Map<String, List<WriteRequest>> request = pending;
                pending = client.batchWriteItem(b -> b.requestItems(request)).unprocessedItems();
                calls++;
            }
        }
        return calls;
    }

    /** Full jitter: a random wait in [0, min(cap, base * 2^(retry-1))]. */
    private static void pause(int retry) {
        long ceiling = Math.min(CAP_MILLIS, BASE_MILLIS << Math.min(retry - 1, 20));
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(ceiling + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while loading data", e);
        }
    }
}
