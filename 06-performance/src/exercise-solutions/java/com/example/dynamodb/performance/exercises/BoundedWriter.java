package com.example.dynamodb.performance.exercises;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Exercise 06.3, the reference solution. */
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
                permits.release();
                if (failure == null) {
                    written.incrementAndGet();
                }
            }));
        }
        return CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).thenApply(done -> written.get());
    }
}
