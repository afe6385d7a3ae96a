package com.example.dynamodb.errors.exercises;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

/**
 * Exercise 09.4, a plausible wrong solution: every entry sits well inside the range, posted oldest
 * first, and the answer is compared in any order. It catches the typo (DynamoDB refuses the query),
 * but a statement that includes its end, or returns newest first, passes it.
 */
public final class CatchTheBug {

    private CatchTheBug() {}

    public static void check(Statements.Statement statement) {
        Instant from = Instant.parse("2026-03-01T00:00:00Z");
        Instant to = Instant.parse("2026-04-01T00:00:00Z");
        statement.post("alice", from.plus(Duration.ofDays(1)), 10);
        statement.post("alice", from.plus(Duration.ofDays(10)), 20);
        statement.post("alice", from.plus(Duration.ofDays(20)), 30);

        assertThat(statement.amounts("alice", from, to)).containsExactlyInAnyOrder(10L, 20L, 30L);
    }
}
