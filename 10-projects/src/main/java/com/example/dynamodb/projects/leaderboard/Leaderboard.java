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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * A game's leaderboard: one item per player holding their best score, and a GSI that keeps the
 * board sorted. Submitting is a conditional update, so a lower score never replaces a higher one,
 * even when two submissions of the same player race.
 */
public final class Leaderboard {

    private Leaderboard() {}

    // tag::submit[]
    /** Records a score on a board (a game, or a shard of one) if it beats the player's best; true if it did. */
    public static boolean submit(
            DynamoDbClient client, String table, String board, String playerId, String name, long score, Instant at) {
        LeaderboardTable.requireBoard(board);
        LeaderboardTable.requireId("player id", playerId);
        if (name == null || name.isBlank() || name.length() > 40) {
            throw new IllegalArgumentException("player name must be 1 to 40 characters, got '" + name + "'");
        }
        String rankKey = RankKey.of(score, at, playerId); // also checks the score's range
        try {
            client.updateItem(b -> b.tableName(table)
                    .key(Map.of("board", AttributeValue.fromS(board), "playerId", AttributeValue.fromS(playerId)))
                    .updateExpression("SET score = :score, rankKey = :rankKey, playerName = :name, achievedAt = :at")
                    // Strictly better only: an equal score keeps the earlier time, which ranks higher.
                    .conditionExpression("attribute_not_exists(score) OR score < :score")
                    .expressionAttributeValues(Map.of(
                            ":score", AttributeValue.fromN(Long.toString(score)),
                            ":rankKey", AttributeValue.fromS(rankKey),
                            ":name", AttributeValue.fromS(name),
                            ":at", AttributeValue.fromN(Long.toString(at.toEpochMilli())))));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false; // not a new best: nothing changed
        }
    }
    // end::submit[]

    // tag::top[]
    /** The best {@code n} players of a board, best first. */
    public static List<ScoreEntry> top(DynamoDbClient client, String table, String board, int n) {
        if (n < 1 || n > 100) {
            throw new IllegalArgumentException("n must be between 1 and 100, got " + n);
        }
        List<ScoreEntry> entries = new ArrayList<>();
        client
                .queryPaginator(b -> b.tableName(table)
                        .indexName(LeaderboardTable.TOP_SCORES)
                        .keyConditionExpression("board = :board")
                        .expressionAttributeValues(Map.of(":board", AttributeValue.fromS(board)))
                        .scanIndexForward(false) // descending rankKey: highest score first
                        .limit(n)) // read n entries, not the whole board
                .items()
                .stream()
                .limit(n)
                .forEach(item -> entries.add(ScoreEntry.fromItem(item, entries.size() + 1)));
        return entries;
    }

    /** A player's position (1 = best): how many entries rank above theirs, plus one. */
    public static Optional<Integer> rank(DynamoDbClient client, String table, String board, String playerId) {
        GetItemResponse own = client.getItem(b -> b.tableName(table)
                .key(Map.of("board", AttributeValue.fromS(board), "playerId", AttributeValue.fromS(playerId))));
        if (!own.hasItem()) {
            return Optional.empty();
        }
        int above = 0;
        for (QueryResponse page : client.queryPaginator(b -> b.tableName(table)
                .indexName(LeaderboardTable.TOP_SCORES)
                .keyConditionExpression("board = :board AND rankKey > :mine")
                .expressionAttributeValues(Map.of(
                        ":board",
                        AttributeValue.fromS(board),
                        ":mine",
                        own.item().get("rankKey")))
                .select(Select.COUNT))) { // counts only; still reads (and bills) every entry above
            above += page.count();
        }
        return Optional.of(above + 1);
    }
    // end::top[]

    static void demo(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("Leaderboard: best score per player, top N, rank, ties");
        DynamoDbClient client = ddb.client();
        String table = LeaderboardTable.create(tables, "Leaderboard");
        Instant t = LocalDate.now(Clock.systemUTC()).atTime(18, 0).toInstant(ZoneOffset.UTC); // today, 18:00 UTC
        submit(client, table, "tetris", "ada", "Ada", 4200, t);
        submit(client, table, "tetris", "bob", "Bob", 3100, t.plusSeconds(5));
        submit(client, table, "tetris", "cy", "Cy", 4200, t.plusSeconds(9)); // ties with ada, later
        submit(client, table, "tetris", "dee", "Dee", 900, t.plusSeconds(12));
        Narrator.step("bob submits 2500, lower than his 3100: accepted = "
                + submit(client, table, "tetris", "bob", "Bob", 2500, t.plusSeconds(30)));
        Narrator.step("dee submits 5000: accepted = "
                + submit(client, table, "tetris", "dee", "Dee", 5000, t.plusSeconds(40)));
        Narrator.step("top 3 (ada and cy tie at 4200; ada reached it first):");
        top(client, table, "tetris", 3).forEach(e -> Narrator.say(e.rank() + ". " + e.playerName() + " " + e.score()));
        Narrator.step("rank of bob: " + rank(client, table, "tetris", "bob").orElseThrow());
    }

    public static void main(String[] args) {
        Walkthroughs.run(Leaderboard::demo);
    }
}
