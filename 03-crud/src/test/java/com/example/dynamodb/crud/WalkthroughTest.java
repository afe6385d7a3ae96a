package com.example.dynamodb.crud;

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
    @Tag("recent") // and ReturnValuesOnConditionCheckFailure
    @Tag("capacity") // a BatchGetItem past 16 MB
    @Tag("partiql") // PartiQL statements
    @Tag("transactions") // the lesson runs transactions
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
                .contains("plain deleteItem(stale) succeeds: the item is: gone")
                .contains("call 3: Calls / Remaining: 3 / 97")
                .contains("saved at 10:00, CreatedAt / UpdatedAt: 2026-11-01T09:00:00Z / 2026-11-01T10:00:00Z")
                .contains("saved the loaded ticket again: tickets in the table: 2")
                .contains("id made in code, saved twice: tickets in the table: 1")
                .contains("TenantID: \"acme\"")
                .contains("globex deletes ada, with ownedByCurrentTenant(): refused, the item stays")
                .contains("SCALAR_ONLY: {Address: {City: \"Porto\", Street: \"1 Main St\"}, Bio: \"Writes code\"")
                .contains("DEFAULT    : {Address: {City: \"Porto\", Street: null}, Name: \"Ada L.\", UserID: \"ada\"}")
                .contains("update, UPDATED_OLD: Email / SignUpDate: ada@example.com / null")
                .doesNotContain("accepted?!");
    }
}
