package com.example.dynamodb.support;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Makes DynamoDB Local behave like a throttled table for {@code BatchWriteItem}: on the first
 * {@code calls} calls, it withholds every second write request from what is sent, and hands the
 * withheld requests back in {@code UnprocessedItems}, exactly as the service does for the writes
 * it could not process. It also counts how often each key really reached the server.
 *
 * <p>DynamoDB Local never returns {@code UnprocessedItems} by itself; register this on an
 * SDK-built client ({@code @DynamoDbTest(sdkClient = true)}, {@code backend.newClient(...)}) to
 * prove that a batch-write loop re-sends exactly what was left over.
 */
public final class UnprocessedItemsInjector implements ExecutionInterceptor {

    private static final ExecutionAttribute<Map<String, List<WriteRequest>>> WITHHELD =
            new ExecutionAttribute<>("UnprocessedItemsInjector.withheld");

    private final String keyAttribute;
    private final AtomicInteger callsToDisturb;
    private final AtomicInteger calls = new AtomicInteger();
    private final Map<String, AtomicInteger> sent = new ConcurrentHashMap<>();

    /**
     * @param keyAttribute the attribute that identifies an item in {@link #timesSent()}
     * @param callsToDisturb how many of the first calls lose every second write request
     */
    public UnprocessedItemsInjector(String keyAttribute, int callsToDisturb) {
        this.keyAttribute = keyAttribute;
        this.callsToDisturb = new AtomicInteger(callsToDisturb);
    }

    /** How many BatchWriteItem calls went out. */
    public int calls() {
        return calls.get();
    }

    /** How many times each item (by its key attribute's text) was sent to the server in a put. */
    public Map<String, Integer> timesSent() {
        Map<String, Integer> copy = new HashMap<>();
        sent.forEach((k, v) -> copy.put(k, v.get()));
        return copy;
    }

    @Override
    public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
        if (!(context.request() instanceof BatchWriteItemRequest request)) {
            return context.request();
        }
        calls.incrementAndGet();
        Map<String, List<WriteRequest>> kept = new HashMap<>();
        Map<String, List<WriteRequest>> withheld = new HashMap<>();
        boolean disturb = callsToDisturb.getAndDecrement() > 0;
        request.requestItems().forEach((table, writes) -> {
            for (int i = 0; i < writes.size(); i++) {
                // Always keep the first one, so that every call makes progress.
                boolean hold = disturb && i % 2 == 1;
                (hold ? withheld : kept)
                        .computeIfAbsent(table, t -> new ArrayList<>())
                        .add(writes.get(i));
            }
        });
        kept.values()
                .forEach(ws -> ws.forEach(w -> sent.computeIfAbsent(
                                keyText(w.putRequest().item().get(keyAttribute)), k -> new AtomicInteger())
                        .incrementAndGet()));
        attributes.putAttribute(WITHHELD, withheld);
        return request.toBuilder().requestItems(kept).build();
    }

    private static String keyText(AttributeValue key) {
        return key.s() != null ? key.s() : key.n() != null ? key.n() : String.valueOf(key);
    }

    @Override
    public SdkResponse modifyResponse(Context.ModifyResponse context, ExecutionAttributes attributes) {
        Map<String, List<WriteRequest>> withheld = attributes.getAttribute(WITHHELD);
        if (!(context.response() instanceof BatchWriteItemResponse response)
                || withheld == null
                || withheld.isEmpty()) {
            return context.response();
        }
        Map<String, List<WriteRequest>> unprocessed = new HashMap<>(response.unprocessedItems());
        withheld.forEach((table, ws) -> unprocessed.merge(table, ws, (a, b) -> {
            List<WriteRequest> all = new ArrayList<>(a);
            all.addAll(b);
            return all;
        }));
        return response.toBuilder().unprocessedItems(unprocessed).build();
    }
}
