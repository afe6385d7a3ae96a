package com.example.dynamodb.performance.exercises;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Exercise 06.3, a plausible mistake: the permit goes back as soon as the request is SENT, not when
 * it completes. The semaphore then bounds nothing: sending takes microseconds, and hundreds of
 * requests pile up in the HTTP client.
 */
public final class BoundedWriter {

    private BoundedWriter() {}

    public static CompletableFuture<Integer> putAll(
            DynamoDbAsyncClient client, String table, List<Map<String, AttributeValue>> items, int maxInFlight) {
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("maxInFlight must be at least 1, got " + maxInFlight);
        }
        Semaphore permits = new Semaphore(maxInFlight);
        AtomicInteger written = new AtomicInteger();
        List<CompletableFuture<?>> sent = new ArrayList<>();
        for (Map<String, AttributeValue> item : items) {
            permits.acquireUninterruptibly(); // the caller waits, never a callback
            sent.add(client.putItem(b -> b.tableName(table).item(item)).whenComplete((response, failure) -> {
                if (failure == null) {
                    written.incrementAndGet();
                }
            }));
            permits.release();
        }
        return CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).thenApply(done -> written.get());
    }
}
