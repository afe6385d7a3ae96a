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
                        "== Invalid input",
                        "== Your own types",
                        "== Nested objects",
                        "== Static table schemas")
                .contains("Query order (N): [2, 9, 10, 100]")
                .contains("Query order (S): [10, 100, 2, 9]")
                .contains("as DynamoDB N: 1234567890123456789012345678.9012345678")
                .contains("items written by all of the above: 0")
                .contains("price          {\"N\":\"1999\"}")
                .contains("deliveryTime   {\"N\":\"129600.5\"}")
                .contains("reading it fails: Unable to convert string value 'SOLD_OUT'")
                .contains("home        {\"M\":{\"city\":{\"S\":\"Lisbon\"},\"street\":{\"NULL\":true}}}")
                .contains("work        {\"M\":{\"city\":{\"S\":\"Porto\"}}}")
                .contains("CatalogItem, identical items: true")
                .contains("Shipment, identical items: true");
    }
}
