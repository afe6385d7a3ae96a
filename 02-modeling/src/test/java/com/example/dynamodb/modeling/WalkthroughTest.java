package com.example.dynamodb.modeling;

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
    @Tag("transactions") // the lesson keeps copies in sync with TransactWriteItems
    @Tag("indexes") // and adds a GSI to an existing on-demand table with UpdateTable
    @DisplayName("the walkthrough narrates every topic, labels the partition MODEL and shows the errors")
    void narratesTheLesson(DynamoDbBackend backend, Tables tables) {
        String out = Narrator.capture(() -> Walkthrough.run(backend, tables));

        assertThat(out)
                .contains(
                        "a MODEL of partitions, not DynamoDB",
                        "<-- over 1000 WCU",
                        "Consistent reads are not supported on global secondary indexes",
                        "Select type ALL_ATTRIBUTES is not supported",
                        "status after waiting: ACTIVE",
                        "consistent read on PostsByCategoryAddedLater rejected",
                        "now profile / o1 / o2: Ana Reis / Ana Reis / Ana Costa",
                        "Type mismatch for Index Key",
                        "items in the table afterwards: 0",
                        "ShopOrderSummary  o4 of 2026-11-20",
                        "skipped: CUSTOMER#c1 WISHLIST#w1: no schema for entityType Wishlist",
                        "c3's collection, typed items: 2",
                        "c1 again, cancelled, nothing written: ConditionalCheckFailed");
        assertThat(out)
                .contains("begins_with 2026-11: [2026-11-01T09:30:00Z, 2026-11-15T12:00:00Z, 2026-11-30T23:59:59Z]");
    }
}
