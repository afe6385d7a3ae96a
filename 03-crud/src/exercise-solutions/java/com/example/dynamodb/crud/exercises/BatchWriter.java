package com.example.dynamodb.crud.exercises;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/** Reference solution of exercise 03.1 Batch writes that lose nothing. */
public final class BatchWriter {

    /** DynamoDB's limit: at most 25 put or delete requests in one BatchWriteItem call. */
    public static final int MAX_PER_CALL = 25;

    /** Calls per chunk before giving up. */
    public static final int MAX_ATTEMPTS = 4;

    private BatchWriter() {}

    public static int putAll(DynamoDbClient client, String table, List<Map<String, AttributeValue>> items) {
        int calls = 0;
        for (int from = 0; from < items.size(); from += MAX_PER_CALL) {
            List<WriteRequest> chunk = items.subList(from, Math.min(from + MAX_PER_CALL, items.size())).stream()
                    .map(item -> WriteRequest.builder()
                            .putRequest(PutRequest.builder().item(item).build())
                            .build())
                    .toList();
            Map<String, List<WriteRequest>> pending = Map.of(table, chunk);
            for (int attempt = 1; !pending.isEmpty(); attempt++) {
                if (attempt > MAX_ATTEMPTS) {
                    int left = pending.values().stream().mapToInt(List::size).sum();
                    throw new IllegalStateException(left + " item(s) not written after " + MAX_ATTEMPTS
                            + " attempts; the table may be throttled");
                }
                if (attempt > 1) {
                    pause(10L << (attempt - 2)); // 10 ms, 20 ms, 40 ms...
                }
                Map<String, List<WriteRequest>> request = pending;
                BatchWriteItemResponse response = client.batchWriteItem(b -> b.requestItems(request));
                calls++;
                // Only what was NOT processed goes again: the rest is already in the table.
                pending = response.unprocessedItems();
            }
        }
        return calls;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to re-send unprocessed items", e);
        }
    }
}
