package com.example.dynamodb.techniques;

import com.example.dynamodb.support.BatchLoader;
import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.CRC32;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * Spreading a hot partition key over N shards. All events of one day would share the key
 * {@code EVENTS#2024-03-15} and land on one partition; with a suffix they share N keys
 * ({@code EVENTS#2024-03-15#0} .. {@code #N-1}). The table: partition key {@code pk}, sort key
 * {@code sk} = timestamp + '#' + event id, so each shard keeps its events in time order.
 */
public final class WriteSharding {

    private WriteSharding() {}

    // tag::suffixes[]
    /** Random suffix: the best spread, but a reader cannot know which shard holds a given event. */
    public static int randomShard(Random random, int shards) {
        return random.nextInt(shards);
    }

    /**
     * Calculated suffix: a hash of an attribute the reader also knows (here the event id), so a
     * point read goes to one shard. CRC32 rather than String.hashCode(): any language computes the same.
     */
    public static int calculatedShard(String value, int shards) {
        CRC32 crc = new CRC32();
        crc.update(value.getBytes(StandardCharsets.UTF_8));
        return (int) (crc.getValue() % shards);
    }

    public static String shardKey(String day, int shard) {
        return "EVENTS#" + day + "#" + shard;
    }
    // end::suffixes[]

    /** An event item for shard {@code shard} of {@code day}. */
    public static Map<String, AttributeValue> event(
            String day, int shard, String timestamp, String eventId, String source) {
        return Map.of(
                "pk", AttributeValue.fromS(shardKey(day, shard)),
                "sk", AttributeValue.fromS(timestamp + "#" + eventId),
                "source", AttributeValue.fromS(source));
    }

    // tag::distribution[]
    /** How many items each shard holds, counted by the table itself (Select.COUNT, all pages). */
    public static List<Integer> itemsPerShard(DynamoDbClient client, String table, String day, int shards) {
        List<Integer> counts = new ArrayList<>();
        for (int shard = 0; shard < shards; shard++) {
            QueryRequest request = QueryRequest.builder()
                    .tableName(table)
                    .keyConditionExpression("pk = :pk")
                    // The shard's key, as shardKey(day, shard) writes it.
                    .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("EVENTS#" + day + "#" + shard)))
                    .select(Select.COUNT)
                    .build();
            int count = 0;
            for (QueryResponse page : client.queryPaginator(request)) {
                count += page.count();
            }
            counts.add(count);
        }
        return counts;
    }

    /** Skew: the fullest shard divided by the mean. 1.0 is a perfect spread; N means all in one shard. */
    public static double skew(List<Integer> counts) {
        double mean = counts.stream().mapToInt(Integer::intValue).average().orElse(0);
        int max = counts.stream().mapToInt(Integer::intValue).max().orElse(0);
        return mean == 0 ? 0 : max / mean;
    }
    // end::distribution[]

    /** A text histogram, one bar per shard. */
    public static List<String> histogram(List<Integer> counts) {
        int max = counts.stream().mapToInt(Integer::intValue).max().orElse(1);
        List<String> lines = new ArrayList<>();
        for (int shard = 0; shard < counts.size(); shard++) {
            int bar = max == 0 ? 0 : Math.round(40f * counts.get(shard) / max);
            lines.add(String.format("shard %2d | %-40s %d", shard, "#".repeat(bar), counts.get(shard)));
        }
        return lines;
    }

    /** Writes {@code count} events of one day, 37 s apart, with seeded random suffixes or calculated ones. */
    public static List<Map<String, AttributeValue>> writeEvents(
            DynamoDbClient client, String table, String day, int shards, int count, boolean calculated) {
        Random random = new Random(7);
        Instant start = Instant.parse(day + "T00:00:00Z");
        List<Map<String, AttributeValue>> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = String.format("ev-%05d", i);
            int shard = calculated ? calculatedShard(id, shards) : randomShard(random, shards);
            events.add(event(day, shard, start.plusSeconds(37L * i).toString(), id, "sensor-" + (i % 50)));
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
        List<Integer> random = itemsPerShard(client, table, "2024-03-15", 10);
        Narrator.step(String.format("500 events, random suffix over 10 shards (skew %.2f):", skew(random)));
        histogram(random).forEach(Narrator::say);
        writeEvents(client, table, "2024-03-16", 10, 500, true);
        List<Integer> hashed = itemsPerShard(client, table, "2024-03-16", 10);
        Narrator.step(String.format("500 events, CRC32(event id) %% 10 (skew %.2f):", skew(hashed)));
        histogram(hashed).forEach(Narrator::say);
        ScatterGather.narrate(client, table, "2024-03-15", 10);
    }

    public static void main(String[] args) {
        Walkthroughs.run(WriteSharding::demo);
    }
}
