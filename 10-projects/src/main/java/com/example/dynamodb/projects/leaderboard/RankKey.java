package com.example.dynamodb.projects.leaderboard;

import java.time.Instant;

/**
 * The GSI sort key that orders a board: {@code "000000004200#9998276150399#ada"}. Read backwards
 * (descending), it gives the highest score first; among equal scores, the one reached first (the
 * time is stored inverted, so earlier is larger); among scores reached in the same millisecond,
 * player ids in reverse order. A number sort key alone would leave ties in no promised order.
 */
public final class RankKey {

    /** Scores are whole numbers from 0 to this (12 digits, so the key stays fixed-width). */
    public static final long MAX_SCORE = 999_999_999_999L;

    private static final long TIME_CEILING = 9_999_999_999_999L; // epoch millis until the year 2286

    private RankKey() {}

    public static String of(long score, Instant achievedAt, String playerId) {
        if (score < 0 || score > MAX_SCORE) {
            throw new IllegalArgumentException("score must be between 0 and " + MAX_SCORE + ", got " + score);
        }
        return String.format("%012d#%013d#%s", score, TIME_CEILING - achievedAt.toEpochMilli(), playerId);
    }
}
