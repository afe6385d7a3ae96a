package com.example.dynamodb.crud;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * {@code BatchWriteItem}: up to 25 puts or deletes per call. A batch is not a transaction: the
 * service may process only part of it (throttling, an internal failure) and hands the rest back as
 * {@code UnprocessedItems}. Ignoring them silently drops writes; this loop re-sends exactly
 * those, with exponential backoff and jitter, until none is left.
 */
public final class BatchWrites {

    private BatchWrites() {}

    // tag::loop[]
    /** The service's limit per call. */
    public static final int MAX_PER_CALL = 25;

    /** How many calls the work took and how many of them were retries of unprocessed items. */
    public record Result(int calls, int retries) {}

    public static Result putAll(
            DynamoDbClient client, String table, List<Map<String, AttributeValue>> items, Backoff backoff) {
        int calls = 0;
        int retries = 0;
        for (int from = 0; from < items.size(); from += MAX_PER_CALL) {
            List<WriteRequest> chunk = new ArrayList<>();
            for (Map<String, AttributeValue> item : items.subList(from, Math.min(from + MAX_PER_CALL, items.size()))) {
                chunk.add(WriteRequest.builder()
                        .putRequest(PutRequest.builder().item(item).build())
                        .build());
            }
            Map<String, List<WriteRequest>> pending = Map.of(table, chunk);
            for (int attempt = 1; !pending.isEmpty(); attempt++) {
                if (attempt > backoff.maxAttempts()) {
                    throw new IllegalStateException(countOf(pending) + " item(s) still unprocessed after "
                            + backoff.maxAttempts() + " attempts; the table may be throttled");
                }
                if (attempt > 1) {
                    backoff.pause(attempt - 1);
                    retries++;
                }
                Map<String, List<WriteRequest>> request = pending;
                BatchWriteItemResponse response = client.batchWriteItem(b -> b.requestItems(request));
                calls++;
                // Only what the service did NOT process is sent again: never the whole chunk.
                pending = response.hasUnprocessedItems() ? response.unprocessedItems() : Map.of();
            }
        }
        return new Result(calls, retries);
    }

    private static int countOf(Map<String, List<WriteRequest>> pending) {
        return pending.values().stream().mapToInt(List::size).sum();
    }
    // end::loop[]

    /** {@code count} users, user-000 ... with an Email and a padding of {@code bytes} characters. */
    public static List<Map<String, AttributeValue>> users(int count, int bytes) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = String.format("user-%03d", i);
            items.add(Map.of(
                    "UserID",
                    AttributeValue.fromS(id),
                    "Email",
                    AttributeValue.fromS(id + "@example.com"),
                    "SignUpDate",
                    AttributeValue.fromN(String.valueOf(i)),
                    "Bio",
                    AttributeValue.fromS("x".repeat(bytes))));
        }
        return items;
    }

    static void demo(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("BatchWriteItem: 25 writes per call, re-send what was not processed");
        String table = UsersTable.create(tables, "Users");
        Backoff backoff = Backoff.standard();
        Narrator.step("put 60 users");
        Result result = putAll(ddb.client(), table, users(60, 10), backoff);
        Narrator.show("calls", result.calls() + " (60 items / 25 per call, rounded up)");
        Narrator.show("retries of UnprocessedItems", result.retries());
        Narrator.show(
                "items in the table",
                ddb.client().scanPaginator(b -> b.tableName(table)).stream()
                        .mapToInt(page -> page.count())
                        .sum());
        Narrator.say("DynamoDB Local never leaves items unprocessed; the tests force it to with an");
        Narrator.say("SDK interceptor, and check that every item is written exactly once.");
    }

    public static void main(String[] args) {
        Walkthroughs.run(BatchWrites::demo);
    }
}
