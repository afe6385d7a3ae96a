package com.example.dynamodb.fundamentals;

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
    @DisplayName("the walkthrough narrates every topic with the results the README promises")
    void narratesTheLesson(DynamoDbBackend backend, Tables tables) {
        String out = Narrator.capture(() -> Walkthrough.run(backend, tables));

        assertThat(out)
                .contains(
                        "== NoSQL vs relational",
                        "== Tables, items and attributes",
                        "== Simple primary key",
                        "== Composite primary key",
                        "== Data types (low-level client)",
                        "== Data types (Enhanced Client",
                        "== Invalid input")
                .contains("Query order (N): [2, 9, 10, 100]")
                .contains("Query order (S): [10, 100, 2, 9]")
                .contains("as DynamoDB N: 1234567890123456789012345678.9012345678")
                .contains("items written by all of the above: 0");
    }
}
