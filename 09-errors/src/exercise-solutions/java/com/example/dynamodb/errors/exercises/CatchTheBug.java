package com.example.dynamodb.errors.exercises;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

/** Exercise 09.4, a reference solution: entries on both sides of both edges, posted out of order. */
public final class CatchTheBug {

    private CatchTheBug() {}

    public static void check(Statements.Statement statement) {
        Instant from = Instant.parse("2026-03-01T00:00:00Z");
        Instant to = Instant.parse("2026-04-01T00:00:00Z");
        // Posted out of order, so that an answer in posting order is not mistaken for oldest first.
        statement.post("alice", to, 1_000); // on the end: excluded
        statement.post("alice", from.plus(Duration.ofDays(10)), 20);
        statement.post("alice", from.minusMillis(1), 1); // just before the start: excluded
        statement.post("alice", to.minusMillis(1), 30); // the last millisecond: included
        statement.post("alice", from, 10); // on the start: included
        statement.post("bob", from.plus(Duration.ofDays(5)), 500); // another account: never

        // containsExactly: these amounts, nothing else, in this order.
        assertThat(statement.amounts("alice", from, to)).containsExactly(10L, 20L, 30L);
    }
}
