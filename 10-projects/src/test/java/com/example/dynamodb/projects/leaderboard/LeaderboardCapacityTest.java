package com.example.dynamodb.projects.leaderboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.dynamodb.projects.CapacityRecorder;
import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The units each leaderboard operation consumes, as DynamoDB Local reports them: the README's capacity numbers. */
@DynamoDbTest(sdkClient = true)
class LeaderboardCapacityTest {

    @Test
    @DisplayName(
            "a first score costs 1 table + 1 index unit; a new best 1 + 2, its index entry moving; top 10 half a unit")
    void unitsPerOperation(DynamoDbBackend backend, Tables tables) {
        CapacityRecorder recorder = new CapacityRecorder();
        Instant t = Instant.parse("2030-05-01T18:00:00Z");
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
}
