package com.example.dynamodb.projects.leaderboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

@DynamoDbTest
class ShardedLeaderboardTest {

    @Test
    @DisplayName("on the same data, the sharded board's scatter-gather top N equals the single board's, ties included")
    void sameTopN(DynamoDbClient client, Tables tables) {
        List<LeaderboardTest.Submitted> players = LeaderboardTest.players();
        String single = LeaderboardTest.seeded(client, tables, players);
        String sharded = LeaderboardTable.create(tables, "ShardedLeaderboard");
        players.forEach(p -> ShardedLeaderboard.submit(
                client, sharded, "tetris", 8, p.playerId(), "N" + p.playerId(), p.score(), p.at()));
        ExecutorService executor = Executors.newFixedThreadPool(8);
        try {
            for (int n : new int[] {1, 5, 10, 25, 60}) {
                assertThat(ShardedLeaderboard.top(client, sharded, "tetris", 8, n, executor))
                        .as("top %d", n)
                        .isEqualTo(Leaderboard.top(client, single, "tetris", n));
            }
        } finally {
            executor.shutdown();
        }
    }

    @Test
    @DisplayName("a player always lands in the same shard, and 200 players use all 8 shards")
    void stableShards() {
        Set<String> used = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String player = "player-" + i;
            String board = ShardedLeaderboard.boardOf("tetris", player, 8);
            assertThat(ShardedLeaderboard.boardOf("tetris", player, 8)).isEqualTo(board);
            used.add(board);
        }
        assertThat(used).hasSize(8).allMatch(b -> b.matches("tetris#[0-7]"));
    }

    @Test
    @DisplayName("in a shard, the best-score rule holds as on the single board")
    void bestScorePerShard(DynamoDbClient client, Tables tables) {
        String table = LeaderboardTable.create(tables, "ShardedLeaderboard");
        java.time.Instant t = LeaderboardTest.T0;

        assertThat(ShardedLeaderboard.submit(client, table, "tetris", 8, "ada", "Ada", 70, t))
                .isTrue();
        assertThat(ShardedLeaderboard.submit(client, table, "tetris", 8, "ada", "Ada", 60, t))
                .isFalse();
        assertThat(LeaderboardTest.item(client, table, ShardedLeaderboard.boardOf("tetris", "ada", 8), "ada")
                        .get("score")
                        .n())
                .isEqualTo("70");
    }
}
