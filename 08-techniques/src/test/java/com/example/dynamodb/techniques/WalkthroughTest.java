package com.example.dynamodb.techniques;

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
    @Tag("ttl") // and enables TTL
    @Tag("streams") // reads a stream
    @Tag("transactions") // the lesson writes edges and aggregates in transactions
    @DisplayName("the walkthrough narrates every technique, with the numbers the README quotes")
    void narrates(DynamoDbBackend backend, Tables tables) {
        String out = Narrator.capture(() -> Walkthrough.run(backend, tables));

        assertThat(out)
                .contains(
                        "== Adjacency list",
                        "== GSI overloading",
                        "== Materialized aggregates",
                        "== Lambda: an API Gateway -> Lambda -> DynamoDB handler",
                        "== DAX",
                        "== Write sharding",
                        "== Item size",
                        "== Benchmarking and profiling");
        assertThat(out)
                .contains("Colleagues of e1, two hops in 3 queries: {e2=[p1, p2], e3=[p2]}")
                .contains("Rejected: Cannot assign e9 to p1: no employee e9; nothing was written")
                .contains("Redelivered all records: 5 skipped as duplicates; c1 OrderTotals[orders=2, amount=27.5]")
                .contains("409 {\"error\":\"A product with SKU PEN-1 already exists\"}")
                .contains("400 {\"error\":\"Missing required field 'price'\"}")
                .contains("No DAX cluster answered at dax://127.0.0.1:")
                .contains("scatter-gather over 10 shards: 10 queries, 5.0 RCU")
                .contains(
                        "| short attribute names                | 1,028        | 212         | 2.0        | 1.0       |")
                .contains(
                        "| S3 pointer (300 KB document)         | 307,220      | 133         | 301.0      | 1.0       |")
                .contains("A 500 KB document inline: Item size has exceeded the maximum allowed size")
                .containsPattern("\\| PutItem +\\| 50 +\\| 0 +\\|");
    }
}
