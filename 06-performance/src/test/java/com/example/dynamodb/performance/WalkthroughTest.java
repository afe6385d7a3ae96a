package com.example.dynamodb.performance;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** On the local server, so the walkthrough's SDK sections share the test run's server. */
@DynamoDbTest(sdkClient = true)
class WalkthroughTest {

    @Test
    @Tag("transactions") // the lesson compares transaction costs
    @DisplayName("the walkthrough narrates every topic with the numbers the README quotes")
    void narrates(DynamoDbBackend backend, Tables tables) {
        String out = Narrator.capture(() -> Walkthrough.run(backend, tables));

        assertThat(out)
                .contains(
                        "== Capacity units, to the byte",
                        "== Updates, deletes and transactions",
                        "== GSI write amplification",
                        "== Capacity modes",
                        "== Choosing a capacity mode",
                        "== Partitions and hot keys (a MODEL of documented limits)",
                        "== Newer capacity controls",
                        "== Monitoring",
                        "== The Java client for throughput");
        assertThat(out)
                .contains("| padded to 4,097 bytes ", "| 4097 ")
                .contains("UpdateItem setting one boolean on it (WCU): 5.0")
                .contains("DeleteItem of a key that is not there (WCU): 1.0")
                .contains("TransactWriteItems putting 1,000 + 3,000 bytes (WCU; 1 + 3 plain): 8.0")
                .contains("| 3    | ALL ", "| 8.0 ")
                .contains("After UpdateTable to PAY_PER_REQUEST: Settings[mode=PAY_PER_REQUEST")
                .contains("PROVISIONED", "PAY_PER_REQUEST")
                .contains("refused: UnknownOperationException")
                .containsPattern("PutItem: successful=true, attempts=1, retries=0")
                .contains("both tables hold the same items: true");
    }
}
