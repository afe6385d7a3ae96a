package com.example.dynamodb.projects.leaderboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.dynamodb.projects.CapacityRecorder;
import com.example.dynamodb.projects.TestTimes;
import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The units each leaderboard operation consumes, as DynamoDB Local reports them: the README's capacity numbers. */
@DynamoDbTest(sdkClient = true)
class LeaderboardCapacityTest {

    @Test
    @Tag("capacity") // ConsumedCapacity reports the GSI's write units
    @DisplayName(
            "a first score costs 1 table + 1 index unit; a new best 1 + 2, its index entry moving; top 10 half a unit")
    void unitsPerOperation(DynamoDbBackend backend, Tables tables) {
        CapacityRecorder recorder = new CapacityRecorder();
        Instant t = TestTimes.tomorrowAt(18, 0);
        try (DynamoDbClient client =
                backend.newClient(b -> b.overrideConfiguration(o -> o.addExecutionInterceptor(recorder)))) {
            String table = LeaderboardTable.create(tables, "Leaderboard");
            for (int i = 0; i < 20; i++) {
                Leaderboard.submit(client, table, "tetris", "p" + i, "P" + i, i * 10L, t);
            }

            recorder.reset();
            Leaderboard.submit(client, table, "tetris", "ada", "Ada", 50, t);
            assertThat(recorder.units()).isEqualTo(new CapacityRecorder.Units(1.0, 1.0, 1));

            recorder.reset();
            Leaderboard.submit(client, table, "tetris", "ada", "Ada", 75, t.plusSeconds(1));
            assertThat(recorder.units()).isEqualTo(new CapacityRecorder.Units(1.0, 2.0, 1));

            recorder.reset();
            Leaderboard.top(client, table, "tetris", 10);
            assertThat(recorder.units()).isEqualTo(new CapacityRecorder.Units(0.0, 0.5, 1));
        }
    }

    @Test
    @DisplayName("a top 10 over 8 shards costs 8 index queries of 0.5 unit each: 4.0 where one board pays 0.5")
    void shardedTopUnits(DynamoDbBackend backend, Tables tables) {
        CapacityRecorder recorder = new CapacityRecorder();
        Instant t = TestTimes.tomorrowAt(18, 0);
        ExecutorService executor = Executors.newFixedThreadPool(8);
        try (DynamoDbClient client =
                backend.newClient(b -> b.overrideConfiguration(o -> o.addExecutionInterceptor(recorder)))) {
            String table = LeaderboardTable.create(tables, "ShardedLeaderboard");
            for (int i = 0; i < 20; i++) {
                ShardedLeaderboard.submit(client, table, "tetris", 8, "p" + i, "P" + i, i * 10L, t);
            }

            recorder.reset();
            ShardedLeaderboard.top(client, table, "tetris", 8, 10, executor);
            assertThat(recorder.units()).isEqualTo(new CapacityRecorder.Units(0.0, 4.0, 8));
        } finally {
            executor.shutdown();
        }
    }
}
