package com.example.dynamodb.projects.leaderboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.dynamodb.projects.TestTimes;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@DynamoDbTest
class LeaderboardTest {

    static final Instant T0 = TestTimes.tomorrowAt(18, 0);

    /** A submission, with the order the board must show it in computed independently of DynamoDB. */
    record Submitted(String playerId, long score, Instant at) {}

    /** 60 players, scores 0..14 so that there are many ties, some reached in the same millisecond. */
    static List<Submitted> players() {
        Random random = new Random(7);
        List<Submitted> players = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            players.add(new Submitted(String.format("p%02d", i), random.nextInt(15), T0.plusMillis(random.nextInt(4))));
        }
        return players;
    }

    /** The documented order: score down, then earlier first, then player id down. */
    static final Comparator<Submitted> BOARD_ORDER = Comparator.comparingLong(Submitted::score)
            .reversed()
            .thenComparing(Submitted::at)
            .thenComparing(Submitted::playerId, Comparator.reverseOrder());

    static String seeded(DynamoDbClient client, Tables tables, List<Submitted> players) {
        String table = LeaderboardTable.create(tables, "Leaderboard");
        players.forEach(
                p -> Leaderboard.submit(client, table, "tetris", p.playerId(), "N" + p.playerId(), p.score(), p.at()));
        return table;
    }

    /** The top n as Leaderboard.top reads it: what other tests compare against. */
    static List<ScoreEntry> seededTop(DynamoDbClient client, String table, int n) {
        return Leaderboard.top(client, table, "tetris", n);
    }

    static Map<String, AttributeValue> item(DynamoDbClient client, String table, String board, String playerId) {
        return client.getItem(b -> b.tableName(table)
                        .key(Map.of("board", AttributeValue.fromS(board), "playerId", AttributeValue.fromS(playerId)))
                        .consistentRead(true))
                .item();
    }

    @Test
    @DisplayName("only a strictly better score replaces a player's best: lower and equal ones change nothing")
    void keepsBestScore(DynamoDbClient client, Tables tables) {
        String table = LeaderboardTable.create(tables, "Leaderboard");

        assertThat(Leaderboard.submit(client, table, "tetris", "ada", "Ada", 500, T0))
                .isTrue();
        assertThat(Leaderboard.submit(client, table, "tetris", "ada", "Ada", 300, T0.plusSeconds(1)))
                .isFalse();
        assertThat(Leaderboard.submit(client, table, "tetris", "ada", "Ada", 500, T0.plusSeconds(2)))
                .isFalse();
        assertThat(ScoreEntry.fromItem(item(client, table, "tetris", "ada"), 1))
                .isEqualTo(new ScoreEntry(1, "ada", "Ada", 500, T0));
        assertThat(Leaderboard.submit(client, table, "tetris", "ada", "Ada", 501, T0.plusSeconds(3)))
                .isTrue();
        assertThat(item(client, table, "tetris", "ada").get("score").n()).isEqualTo("501");
    }

    @Test
    @DisplayName("racing submissions of one player leave the highest score, whatever order they land in")
    void racingSubmissions(DynamoDbClient client, Tables tables) throws Exception {
        String table = LeaderboardTable.create(tables, "Leaderboard");
        List<Long> scores = new ArrayList<>();
        for (long s = 1; s <= 40; s++) {
            scores.add((s * 37) % 41); // 1..40 in a scrambled order
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        try {
            for (long score : scores) {
                results.add(pool.submit(() -> {
                    start.await();
                    return Leaderboard.submit(client, table, "tetris", "ada", "Ada", score, T0);
                }));
            }
            start.countDown();
            for (Future<Boolean> result : results) {
                result.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(item(client, table, "tetris", "ada").get("score").n()).isEqualTo("40");
    }

    @Test
    @DisplayName("top N is ordered by score, ties by who reached it first, then by player id, the same every time")
    void topNWithDeterministicTies(DynamoDbClient client, Tables tables) {
        List<Submitted> players = players();
        String table = seeded(client, tables, players);
        List<String> expected =
                players.stream().sorted(BOARD_ORDER).map(Submitted::playerId).toList();

        for (int n : new int[] {1, 10, 60}) {
            assertThat(Leaderboard.top(client, table, "tetris", n))
                    .extracting(ScoreEntry::playerId)
                    .containsExactlyElementsOf(expected.subList(0, n));
        }
        assertThat(Leaderboard.top(client, table, "tetris", 10))
                .extracting(ScoreEntry::rank)
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(Leaderboard.top(client, table, "other-game", 10)).isEmpty();
    }

    @Test
    @DisplayName("a player's rank is their position on the full board")
    void rankIsPosition(DynamoDbClient client, Tables tables) {
        List<Submitted> players = players();
        String table = seeded(client, tables, players);
        List<String> order =
                players.stream().sorted(BOARD_ORDER).map(Submitted::playerId).toList();

        for (String playerId : List.of(order.get(0), order.get(17), order.get(59))) {
            assertThat(Leaderboard.rank(client, table, "tetris", playerId)).hasValue(order.indexOf(playerId) + 1);
        }
        assertThat(Leaderboard.rank(client, table, "tetris", "nobody")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "negative score        | tetris   | ada   | Ada | -1            | score must be between 0 and 999999999999",
                "score too large       | tetris   | ada   | Ada | 1000000000000 | score must be between 0 and 999999999999",
                "a hash in the player id | tetris   | a#b   | Ada | 10            | player id 'a#b' must be 1 to 40",
                "upper-case game id    | Tetris   | ada   | Ada | 10            | board 'Tetris' must be a game id",
                "empty name            | tetris   | ada   | ''  | 10            | player name must be 1 to 40 characters"
            })
    @DisplayName("bad submissions are refused with a clear sentence and write nothing")
    void badSubmissions(
            String caseName,
            String game,
            String player,
            String name,
            long score,
            String message,
            DynamoDbClient client,
            Tables tables) {
        String table = LeaderboardTable.create(tables, "Leaderboard");

        assertThatThrownBy(() -> Leaderboard.submit(client, table, game, player, name, score, T0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
        assertThat(client.scan(b -> b.tableName(table)).count()).isZero();
    }
}
