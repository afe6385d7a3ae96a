package com.example.dynamodb.queryscan;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Narrator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@DynamoDbTest
@ExtendWith(SeededOrders.Extension.class)
class WalkthroughTest {

    @Test
    @DisplayName("the walkthrough narrates every topic, with measured numbers")
    void narrates(DynamoDbBackend backend, SeededOrders orders) {
        // The run's seeded tables: the walkthrough finds the Orders table already loaded.
        String out = Narrator.capture(() -> Walkthrough.run(backend, orders.tables()));

        assertThat(out)
                .contains(
                        "== Query: key conditions",
                        "== Scan",
                        "== Parallel scan",
                        "== FilterExpression",
                        "== Pagination",
                        "== Resume tokens",
                        "== Query vs Scan",
                        "== Query mistakes, explained");
        assertThat(out)
                .contains("Loaded 2000 orders of 100 customers")
                .contains("Select.COUNT: c042 has " + orders.ofCustomer("c042").size() + " orders")
                .contains("Rejected: Invalid resume token: it was altered")
                .contains("| Scan filtered to c042 (eventual) | "
                        + orders.ofCustomer("c042").size())
                .containsPattern("for \\d+\\.\\d% of its capacity")
                .contains("may name only the key attributes");
    }
}
