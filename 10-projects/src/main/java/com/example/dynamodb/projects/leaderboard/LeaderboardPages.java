package com.example.dynamodb.projects.leaderboard;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * Browsing a whole board page by page, as a game's "all players" screen does. The cursor handed to
 * the client is opaque: the position reached and the index key to start after, in Base64. It
 * cannot reach another game's board: the board always comes from the request, never the cursor.
 */
public final class LeaderboardPages {

    private LeaderboardPages() {}

    // tag::page[]
    /** One page of a board, and the cursor of the next page ({@code null} after the last one). */
    public record Page(List<ScoreEntry> entries, String nextCursor) {}

    public static Page page(DynamoDbClient client, String table, String gameId, int pageSize, String cursor) {
        if (pageSize < 1 || pageSize > 100) {
            throw new IllegalArgumentException("page size must be between 1 and 100, got " + pageSize);
        }
        int position = 0;
        QueryRequest.Builder request = QueryRequest.builder()
                .tableName(table)
                .indexName(LeaderboardTable.TOP_SCORES)
                .keyConditionExpression("board = :board")
                .expressionAttributeValues(Map.of(":board", AttributeValue.fromS(gameId)))
                .scanIndexForward(false)
                .limit(pageSize);
        if (cursor != null) {
            String[] parts; // position, rankKey, playerId
            try {
                parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\n", -1);
                position = Integer.parseInt(parts[0]);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Not a cursor of this leaderboard: " + cursor);
            }
            if (parts.length != 3 || position < 0) {
                throw new IllegalArgumentException("Not a cursor of this leaderboard: " + cursor);
            }
            // A GSI page's LastEvaluatedKey holds the index key and the table key.
            request.exclusiveStartKey(Map.of(
                    "board", AttributeValue.fromS(gameId),
                    "rankKey", AttributeValue.fromS(parts[1]),
                    "playerId", AttributeValue.fromS(parts[2])));
        }
        QueryResponse response = client.query(request.build());
        List<ScoreEntry> entries = new ArrayList<>();
        for (Map<String, AttributeValue> item : response.items()) {
            entries.add(ScoreEntry.fromItem(item, position + entries.size() + 1));
        }
        if (!response.hasLastEvaluatedKey() || response.lastEvaluatedKey().isEmpty()) {
            return new Page(entries, null);
        }
        Map<String, AttributeValue> last = response.lastEvaluatedKey();
        String next = (position + entries.size()) + "\n" + last.get("rankKey").s() + "\n"
                + last.get("playerId").s();
        return new Page(
                entries, Base64.getUrlEncoder().withoutPadding().encodeToString(next.getBytes(StandardCharsets.UTF_8)));
    }
    // end::page[]

    static void demo(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("Leaderboard: the whole board, page by page");
        DynamoDbClient client = ddb.client();
        String table = LeaderboardTable.create(tables, "Leaderboard");
        Instant t = LocalDate.now(Clock.systemUTC()).atTime(18, 0).toInstant(ZoneOffset.UTC); // today, 18:00 UTC
        for (int i = 0; i < 12; i++) {
            String id = String.format("p%02d", i);
            Leaderboard.submit(client, table, "snake", id, "Player " + i, (i * 37L) % 100, t.plusSeconds(i));
        }
        String cursor = null;
        do {
            Page page = page(client, table, "snake", 5, cursor);
            Narrator.step("page: "
                    + page.entries().stream()
                            .map(e -> e.rank() + "." + e.playerId() + "=" + e.score())
                            .toList());
            cursor = page.nextCursor();
        } while (cursor != null);
    }

    public static void main(String[] args) {
        Walkthroughs.run(LeaderboardPages::demo);
    }
}
