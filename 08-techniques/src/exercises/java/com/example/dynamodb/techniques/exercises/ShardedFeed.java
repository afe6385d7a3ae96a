package com.example.dynamodb.techniques.exercises;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Exercise 08.2 Sharded feed (20 minutes): a feed of device readings, sharded with a calculated
 * suffix, read back with scatter-gather. Read first: README section "6. Write sharding and
 * scatter-gather reads".
 *
 * <p>Table: partition key {@code pk} = {@code "FEED#" + day + "#" + shard}, sort key {@code sk} =
 * ISO-8601 timestamp + "#" + device id (so each shard sorts by time).
 *
 * <ol>
 *   <li>{@link #shardFor}: the shard of a device, calculated so that any reader can recompute it:
 *       the CRC32 of the device id's UTF-8 bytes ({@code java.util.zip.CRC32}), modulo
 *       {@code shards}.
 *   <li>{@link #latest}: the {@code n} newest readings of a day over all shards, newest first.
 *       Query every shard (newest first, at most {@code n} items each), then merge.
 * </ol>
 *
 * <p>Hints: each shard's result is sorted, their concatenation is not; sort keys start with the
 * timestamp, so comparing them as strings compares times.
 *
 * <p>Done when {@code mvn test -pl 08-techniques -Pexercises -Dtest=ShardedFeedTest} passes.
 */
public final class ShardedFeed {

    private ShardedFeed() {}

    public static int shardFor(String deviceId, int shards) {
        throw new UnsupportedOperationException(
                "Exercise 08.2 Sharded feed: not solved yet — start in"
                        + " src/exercises/java/com/example/dynamodb/techniques/exercises/ShardedFeed.java; see README 'Exercises'");
    }

    public static List<Map<String, AttributeValue>> latest(
            DynamoDbClient client, String table, String day, int shards, int n) {
        throw new UnsupportedOperationException(
                "Exercise 08.2 Sharded feed: not solved yet — start in"
                        + " src/exercises/java/com/example/dynamodb/techniques/exercises/ShardedFeed.java; see README 'Exercises'");
    }
}
