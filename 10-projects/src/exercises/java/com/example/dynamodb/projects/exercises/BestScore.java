package com.example.dynamodb.projects.exercises;

import java.time.Instant;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Exercise 10.3 Keep the best score (15 minutes). Read first:
 *
 * <p>Keep each player's best score, with one conditional update.
 *
 * <p>The table's key is {@code board} (a string, the game id) and {@code playerId} (a string).
 * Write one {@code UpdateItem} that sets {@code score}, {@code playerName}, {@code achievedAt}
 * ({@code at.toEpochMilli()}) and {@code rankKey} (use
 * {@code com.example.dynamodb.projects.leaderboard.RankKey.of(score, at, playerId)}), but only if
 * the player has no score yet or the new score is STRICTLY higher. Return {@code true} if it was
 * stored, {@code false} if not. An equal score must not replace the stored one: the player who
 * reached a score first ranks above those who reached it later, so the earlier time must stay.
 *
 * <p>Done when {@code mvn test -pl 10-projects -Pexercises -Dtest=BestScoreTest} passes.
 *
 * <p>Hints: {@code attribute_not_exists(score) OR ...}; a failed condition is a
 * {@code ConditionalCheckFailedException}.
 */
public final class BestScore {

    private BestScore() {}

    public static boolean submit(
            DynamoDbClient client, String table, String board, String playerId, String name, long score, Instant at) {
        throw new UnsupportedOperationException("Exercise 10.3 Keep the best score: not solved yet — start in"
                + " src/exercises/java/com/example/dynamodb/projects/exercises/BestScore.java;"
                + " see README 'Exercises'");
    }
}
