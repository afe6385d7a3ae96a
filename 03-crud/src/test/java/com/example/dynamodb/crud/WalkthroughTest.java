package com.example.dynamodb.crud;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DynamoDbTest
class WalkthroughTest {

    @Test
    @DisplayName("the walkthrough narrates every topic and the numbers it claims")
    void narratesTheLesson(DynamoDbBackend backend, Tables tables) {
        String out = Narrator.capture(() -> Walkthrough.run(backend, tables));

        assertThat(out)
                .contains("== PutItem: create or replace a whole item")
                .contains("ALL_OLD returned: {Email: \"user@example.com\", SignUpDate: 1678886400,")
                .contains("| strongly consistent   | 1.0")
                .contains("| eventually consistent | 0.5")
                .contains("LoginCount: 3")
                .contains("| ADD Hits :one            | 100")
                .contains("| read + blind write       | 25 ")
                .contains("30 beans written in calls: 2")
                .contains("items returned: 50")
                .contains("action 0: ConditionalCheckFailed")
                .contains("bob (0 credits) closed; reading him back gives: null")
                .contains("per statement: [DuplicateItem, OK, OK]")
                .contains("after DeleteItem: no item")
                .doesNotContain("accepted?!");
    }
}
