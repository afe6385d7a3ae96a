package com.example.dynamodb.projects.exercises;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.dynamodb.projects.leaderboard.RankKey;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** Exercise 10.3: what "done" means. */
@DynamoDbTest
@DisplayName("Exercise 10.3 Keep the best score")
class BestScoreTest {

    static final Instant T0 = Instant.now().truncatedTo(ChronoUnit.SECONDS); // relative to now, never a constant date

    static String scoresTable(Tables tables) {
        String table = tables.reserve("Leaderboard");
        tables.createAndWait(CreateTableRequest.builder()
                .tableName(table)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                        a -> a.attributeName("board").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("playerId").attributeType(ScalarAttributeType.S))
                .keySchema(
                        k -> k.attributeName("board").keyType(KeyType.HASH),
                        k -> k.attributeName("playerId").keyType(KeyType.RANGE))
                .build());
        return table;
    }

    static Map<String, AttributeValue> stored(DynamoDbClient client, String table, String playerId) {
        return client.getItem(b -> b.tableName(table)
                        .key(Map.of(
                                "board", AttributeValue.fromS("tetris"), "playerId", AttributeValue.fromS(playerId)))
                        .consistentRead(true))
                .item();
    }

    @Test
    @DisplayName("a first score is stored with its rank key")
    void firstScore(DynamoDbClient client, Tables tables) {
        String table = scoresTable(tables);

        assertThat(BestScore.submit(client, table, "tetris", "ada", "Ada", 420, T0))
                .isTrue();

        Map<String, AttributeValue> item = stored(client, table, "ada");
        assertThat(item.get("score").n()).isEqualTo("420");
        assertThat(item.get("playerName").s()).isEqualTo("Ada");
        assertThat(item.get("rankKey").s()).isEqualTo(RankKey.of(420, T0, "ada"));
    }

    @Test
    @DisplayName("a lower score is refused (false) and changes nothing; a higher one replaces the best")
    void onlyHigherReplaces(DynamoDbClient client, Tables tables) {
        String table = scoresTable(tables);
        BestScore.submit(client, table, "tetris", "ada", "Ada", 420, T0);

        assertThat(BestScore.submit(client, table, "tetris", "ada", "Ada", 100, T0.plusSeconds(5)))
                .isFalse();
        assertThat(stored(client, table, "ada").get("score").n()).isEqualTo("420");
        assertThat(BestScore.submit(client, table, "tetris", "ada", "Ada", 421, T0.plusSeconds(9)))
                .isTrue();
        assertThat(stored(client, table, "ada").get("rankKey").s())
                .isEqualTo(RankKey.of(421, T0.plusSeconds(9), "ada"));
    }

    @Test
    @DisplayName("reaching one's best score again keeps the earlier time, so the tie order does not change")
    void equalScoreKeepsEarlierTime(DynamoDbClient client, Tables tables) {
        String table = scoresTable(tables);
        BestScore.submit(client, table, "tetris", "ada", "Ada", 420, T0);

        assertThat(BestScore.submit(client, table, "tetris", "ada", "Ada", 420, T0.plusSeconds(60)))
                .isFalse();

        assertThat(stored(client, table, "ada").get("achievedAt").n()).isEqualTo(Long.toString(T0.toEpochMilli()));
        assertThat(stored(client, table, "ada").get("rankKey").s()).isEqualTo(RankKey.of(420, T0, "ada"));
    }
}
