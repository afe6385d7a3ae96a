package com.example.dynamodb.projects;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DynamoDbTest
class WalkthroughTest {

    @Test
    @Tag("recent") // and the registry reads ReturnValuesOnConditionCheckFailure
    @Tag("ttl") // the sessions and readings tables enable TTL
    @Tag("transactions") // the profiles part writes transactions
    @DisplayName("the walkthrough runs all four projects and narrates the lines the README quotes")
    void narrates(DynamoDbBackend backend, Tables tables) {
        String out = Narrator.capture(() -> Walkthrough.run(backend, tables));

        assertThat(out)
                .contains(
                        "== Profiles: register with a unique email",
                        "== Sessions: TTL, read only while valid",
                        "== Leaderboard: best score per player",
                        "== IoT: the fleet simulator");
        assertThat(out)
                .contains("grace with the same email: The email ada@example.com is already used")
                .contains("the index now lists [bob, bobby] for one email")
                .contains("09:20 a request: valid until 09:50 (10 minutes left: slid)")
                .contains("at noon 2 are active")
                .contains("   1. Dee 5000\n   2. Ada 4200\n   3. Cy 4200")
                .contains("same as the single board's top 5: true")
                .contains("a delayed 'online' message of d-0002 from 12:00:20 arrives: applied = false")
                .contains("last 6 (newest first), read from both days: [00:15, 00:10, 00:05, 00:00, 23:55, 23:50]")
                .contains("written 500 in 20 batches (0 re-sends of unprocessed items)")
                .contains("counted back: 500 stored, 0 lost");
    }
}
