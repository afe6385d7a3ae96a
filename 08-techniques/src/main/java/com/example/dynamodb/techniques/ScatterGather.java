package com.example.dynamodb.techniques;

import com.example.dynamodb.support.BatchLoader;
import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/**
 * Reading a sharded key back: query every shard in parallel and merge. The price of spreading the
 * writes is paid here, in one query (and at least half a read unit) per shard.
 */
public final class ScatterGather {

    private ScatterGather() {}

    // tag::latest[]
    /** The {@code n} newest events of a day, over all its shards, newest first. */
    public static GatheredEvents latest(DynamoDbClient client, String table, String day, int shards, int n) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(shards, 8));
        try {
            List<CompletableFuture<QueryResponse>> perShard = new ArrayList<>();
            for (int shard = 0; shard < shards; shard++) {
                String pk = "EVENTS#" + day + "#" + shard;
                perShard.add(CompletableFuture.supplyAsync(
                        () -> client.query(b -> b.tableName(table)
                                .keyConditionExpression("pk = :pk")
                                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(pk)))
                                .scanIndexForward(false) // newest first within the shard
                                .limit(n) // no shard can hold more than n of the n newest
                                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)),
                        pool));
            }
            List<Map<String, AttributeValue>> merged = new ArrayList<>();
            double units = 0;
            for (CompletableFuture<QueryResponse> future : perShard) {
                QueryResponse response = future.join();
                merged.addAll(response.items());
                units += response.consumedCapacity().capacityUnits();
            }
            // The merge: each shard is sorted, the union is not. Sort keys start with the timestamp.
            merged.sort(Comparator.comparing(
                            (Map<String, AttributeValue> i) -> i.get("sk").s())
                    .reversed());
            return new GatheredEvents(List.copyOf(merged.subList(0, Math.min(n, merged.size()))), shards, units);
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        } finally {
            pool.shutdown();
        }
    }
    // end::latest[]

    /** The same read on an unsharded key: one query. For the cost comparison. */
    public static GatheredEvents latestOfOneKey(DynamoDbClient client, String table, String pk, int n) {
        QueryResponse response = client.query(b -> b.tableName(table)
                .keyConditionExpression("pk = :pk")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(pk)))
                .scanIndexForward(false)
                .limit(n)
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));
        return new GatheredEvents(
                response.items(), 1, response.consumedCapacity().capacityUnits());
    }

    /** Writes {@code count} events of one day, with random suffixes (or calculated ones), and one copy unsharded. */
    public static List<Map<String, AttributeValue>> writeEvents(
            DynamoDbClient client, String table, String day, int shards, int count, boolean calculated) {
        Random random = new Random(7);
        Instant start = Instant.parse(day + "T00:00:00Z");
        List<Map<String, AttributeValue>> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = String.format("ev-%05d", i);
            String time = start.plusSeconds(37L * i).toString();
            int shard =
                    calculated ? WriteSharding.calculatedShard(id, shards) : WriteSharding.randomShard(random, shards);
            events.add(WriteSharding.event(day, shard, time, id, "sensor-" + (i % 50)));
        }
        BatchLoader.putAll(client, table, events);
        return events;
    }

    static void demo(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("Write sharding: random and calculated suffixes, scatter-gather reads");
        DynamoDbClient client = ddb.client();
        String table = tables.reserve("Events");
        tables.createAndWait(SimpleTables.pkSk(table));
        writeEvents(client, table, "2024-03-15", 10, 500, false);
        List<Integer> random = WriteSharding.itemsPerShard(client, table, "2024-03-15", 10);
        Narrator.step(
                String.format("500 events, random suffix over 10 shards (skew %.2f):", WriteSharding.skew(random)));
        WriteSharding.histogram(random).forEach(Narrator::say);
        writeEvents(client, table, "2024-03-16", 10, 500, true);
        List<Integer> hashed = WriteSharding.itemsPerShard(client, table, "2024-03-16", 10);
        Narrator.step(String.format("500 events, CRC32(event id) %% 10 (skew %.2f):", WriteSharding.skew(hashed)));
        WriteSharding.histogram(hashed).forEach(Narrator::say);
        GatheredEvents latest = latest(client, table, "2024-03-15", 10, 5);
        Narrator.step("The 5 newest events, scatter-gather over 10 shards: " + latest.queries() + " queries, "
                + latest.readUnits() + " RCU");
        Narrator.items(latest.items());
    }
}
