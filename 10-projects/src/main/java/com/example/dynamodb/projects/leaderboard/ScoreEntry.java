package com.example.dynamodb.projects.leaderboard;

import java.time.Instant;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** One line of a board: position (1 = best), player, best score and when it was reached. */
public record ScoreEntry(int rank, String playerId, String playerName, long score, Instant achievedAt) {

    /** From an item of the table or of its TopScores index (which projects these attributes). */
    public static ScoreEntry fromItem(Map<String, AttributeValue> item, int rank) {
        return new ScoreEntry(
                rank,
                item.get("playerId").s(),
                item.get("playerName").s(),
                Long.parseLong(item.get("score").n()),
                Instant.ofEpochMilli(Long.parseLong(item.get("achievedAt").n())));
    }
}
