package com.example.dynamodb.projects.exercises;

import com.example.dynamodb.projects.leaderboard.RankKey;
import java.time.Instant;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Exercise 10.3, a plausible mistake: "at least as high" instead of "higher", so re-reaching one's
 * best score moves the time later and the player drops below those who reached it in between.
 */
public final class BestScore {

    private BestScore() {}

    public static boolean submit(
            DynamoDbClient client, String table, String board, String playerId, String name, long score, Instant at) {
        try {
            client.updateItem(b -> b.tableName(table)
                    .key(Map.of("board", AttributeValue.fromS(board), "playerId", AttributeValue.fromS(playerId)))
                    .updateExpression("SET score = :score, rankKey = :rankKey, playerName = :name, achievedAt = :at")
                    .conditionExpression("attribute_not_exists(score) OR score <= :score")
                    .expressionAttributeValues(Map.of(
                            ":score", AttributeValue.fromN(Long.toString(score)),
                            ":rankKey", AttributeValue.fromS(RankKey.of(score, at, playerId)),
                            ":name", AttributeValue.fromS(name),
                            ":at", AttributeValue.fromN(Long.toString(at.toEpochMilli())))));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }
}
