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
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/**
 * {@code BatchGetItem}: up to 100 keys per call, in no particular order. One response carries at
 * most 16 MB; keys beyond that come back as {@code UnprocessedKeys} (throttling does the same).
 * The loop asks again for exactly those keys, with backoff, until all are read.
 */
public final class BatchGets {

    private BatchGets() {}

    // tag::loop[]
    /** The service's limit per call. */
    public static final int MAX_PER_CALL = 100;

    /** The items found (missing keys are simply absent) and the calls it took. */
    public record Result(List<Map<String, AttributeValue>> items, int calls, int retries) {}

    public static Result getAll(DynamoDbClient client, String table, List<String> userIds, Backoff backoff) {
        List<Map<String, AttributeValue>> found = new ArrayList<>();
        int calls = 0;
        int retries = 0;
        for (int from = 0; from < userIds.size(); from += MAX_PER_CALL) {
            List<Map<String, AttributeValue>> keys =
                    userIds.subList(from, Math.min(from + MAX_PER_CALL, userIds.size())).stream()
                            .map(id -> Map.of("UserID", AttributeValue.fromS(id)))
                            .toList();
            Map<String, KeysAndAttributes> pending = Map.of(
                    table,
                    KeysAndAttributes.builder().keys(keys).consistentRead(true).build());
            for (int attempt = 1; !pending.isEmpty(); attempt++) {
                if (attempt > backoff.maxAttempts()) {
                    throw new IllegalStateException(
                            "Keys still unprocessed after " + backoff.maxAttempts() + " attempts");
                }
                if (attempt > 1) {
                    backoff.pause(attempt - 1);
                    retries++;
                }
                Map<String, KeysAndAttributes> request = pending;
                BatchGetItemResponse response = client.batchGetItem(b -> b.requestItems(request));
                calls++;
                found.addAll(response.responses().getOrDefault(table, List.of()));
                pending = response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of();
            }
        }
        return new Result(found, calls, retries);
    }
    // end::loop[]

    static void demo(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("BatchGetItem: 100 keys per call, 16 MB per response");
        DynamoDbClient client = ddb.client();
        String table = UsersTable.create(tables, "Users");
        int bytes = 380_000; // just under the 400 KB item limit
        int count = 50; // 50 x ~380 KB = ~19 MB: more than one response may carry
        BatchWrites.putAll(client, table, BatchWrites.users(count, bytes), Backoff.standard());
        List<String> ids = new ArrayList<>();
        BatchWrites.users(count, 0).forEach(u -> ids.add(u.get("UserID").s()));
        ids.add("nobody"); // a key with no item is left out of the results, without an error
        Narrator.step("read 50 big users and one missing key in one batch of " + ids.size() + " keys");
        Result result = getAll(client, table, ids, Backoff.standard());
        Narrator.show("items returned", result.items().size());
        Narrator.show("calls", result.calls() + " (the first response stopped at 16 MB)");
    }

    public static void main(String[] args) {
        Walkthroughs.run(BatchGets::demo);
    }
}
