package com.example.dynamodb.projects.leaderboard;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The leaderboard of a hot game, write-sharded. One board partition takes at most about 1,000
 * write units a second, and every new best also rewrites its index entry; spreading a game over
 * {@code shards} boards ({@code "tetris#0"} ... {@code "tetris#7"}) multiplies that. A player
 * always lands in the same shard (a hash of the id), so "keep the best" is still one conditional
 * update. Top N is scatter-gather: the top N of every shard, merged.
 */
public final class ShardedLeaderboard {

    private ShardedLeaderboard() {}

    // tag::shard[]
    /** The board a player's scores go to: the same shard every time, spread evenly over players. */
    public static String boardOf(String gameId, String playerId, int shards) {
        if (shards < 1 || shards > 100) {
            throw new IllegalArgumentException("shards must be between 1 and 100, got " + shards);
        }
        // String.hashCode is specified by the JDK, so every JVM picks the same shard.
        return gameId + "#"
                + Math.floorMod(
                        LeaderboardTable.requireId("player id", playerId).hashCode(), shards);
    }

    /** Scatter: the top n of each shard, queried in parallel. Gather: merged by rank key, cut to n. */
    public static List<ScoreEntry> top(
            DynamoDbClient client, String table, String gameId, int shards, int n, ExecutorService executor) {
        if (n < 1 || n > 100) {
            throw new IllegalArgumentException("n must be between 1 and 100, got " + n);
        }
        List<CompletableFuture<List<Map<String, AttributeValue>>>> perShard = new ArrayList<>();
        for (int shard = 0; shard < shards; shard++) {
            String board = gameId + "#" + shard;
            perShard.add(CompletableFuture.supplyAsync(
                    () -> client
                            .queryPaginator(b -> b.tableName(table)
                                    .indexName(LeaderboardTable.TOP_SCORES)
                                    .keyConditionExpression("board = :board")
                                    .expressionAttributeValues(Map.of(":board", AttributeValue.fromS(board)))
                                    .scanIndexForward(false)
                                    .limit(n))
                            .items()
                            .stream()
                            .limit(n) // the overall top n can all come from one shard, never from more than n
                            .toList(),
                    executor));
        }
        List<ScoreEntry> merged = new ArrayList<>();
        perShard.stream()
                .flatMap(future -> future.join().stream())
                .sorted(Comparator.comparing((Map<String, AttributeValue> item) ->
                                item.get("rankKey").s())
                        .reversed()) // the same order the index keeps within one shard
                .limit(n)
                .forEach(item -> merged.add(ScoreEntry.fromItem(item, merged.size() + 1)));
        return merged;
    }
    // end::shard[]

    /** Leaderboard.submit to the player's shard. */
    public static boolean submit(
            DynamoDbClient client,
            String table,
            String gameId,
            int shards,
            String playerId,
            String name,
            long score,
            Instant at) {
        return Leaderboard.submit(
                client,
                table,
                boardOf(LeaderboardTable.requireId("game id", gameId), playerId, shards),
                playerId,
                name,
                score,
                at);
    }

    static void demo(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("Leaderboard: a write-sharded board and its scatter-gather top N");
        DynamoDbClient client = ddb.client();
        String single = LeaderboardTable.create(tables, "Leaderboard");
        String sharded = LeaderboardTable.create(tables, "ShardedLeaderboard");
        Instant t = LocalDate.now(Clock.systemUTC()).atTime(18, 0).toInstant(ZoneOffset.UTC); // today, 18:00 UTC
        for (int i = 0; i < 40; i++) {
            String id = String.format("p%02d", i);
            long score = (i * 7919L) % 50; // scores 0..49, with ties
            Leaderboard.submit(client, single, "tetris", id, "Player " + i, score, t.plusSeconds(i % 4));
            submit(client, sharded, "tetris", 4, id, "Player " + i, score, t.plusSeconds(i % 4));
        }
        ExecutorService executor = Executors.newFixedThreadPool(4);
        try {
            List<ScoreEntry> fromShards = top(client, sharded, "tetris", 4, 5, executor);
            List<ScoreEntry> fromOne = Leaderboard.top(client, single, "tetris", 5);
            Narrator.step("40 players over 4 shards; top 5 from the shards:");
            fromShards.forEach(e -> Narrator.say(e.rank() + ". " + e.playerId() + " " + e.score()));
            Narrator.step("same as the single board's top 5: " + fromShards.equals(fromOne));
        } finally {
            executor.shutdown();
        }
    }

    public static void main(String[] args) {
        Walkthroughs.run(ShardedLeaderboard::demo);
    }
}
