package com.example.dynamodb.advanced;

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
    @Tag("streams") // the lesson reads DynamoDB Streams
    @Tag("ttl") // the lesson enables TTL
    @DisplayName("the walkthrough narrates every topic with what DynamoDB Local really did")
    void narrates(DynamoDbBackend backend, Tables tables) {
        String out = Narrator.capture(() -> Walkthrough.run(backend, tables));

        assertThat(out)
                .contains(
                        "== Streams: what each view type records",
                        "== A stream poller: shard lineage and checkpoints",
                        "== Stream -> Lambda",
                        "== Time to Live",
                        "== Reading around Time to Live",
                        "== TTL deletions in the stream",
                        "== Global tables: the real API",
                        "== Global tables: a local MODEL",
                        "== On-demand backups: the real API",
                        "== Point-in-time recovery: the real API",
                        "== A logical backup that runs locally",
                        "== Change data beyond Streams");
        assertThat(out)
                .contains("| NEW_AND_OLD_IMAGES | MODIFY | {customerId: \"c1\", orderId: \"o1\"} | {.., status:"
                        + " \"SHIPPED\"} | {.., status: \"PLACED\"}  |")
                .contains("A restarted poller with the same checkpoints reads only what came after: [")
                .containsPattern("Invocation with 6 records .* -> batchItemFailures \\[\\d+\\]")
                .containsPattern("Invocation with 4 records .* -> batchItemFailures \\[\\]")
                .contains("Notifications sent, in order: [o1, o2, o3, o4, o5]")
                // Without ReportBatchItemFailures the batch counts as done: o3, o4 and o5 are never sent.
                .contains("Without ReportBatchItemFailures")
                .contains("Notifications sent, in order: [o1, o2]")
                .contains("The same instant in milliseconds is refused: A TTL value is a time in epoch seconds")
                .containsPattern("s-expired deleted by TTL \\d+\\.\\d s after TTL was enabled")
                // DynamoDB Local's own TTL record is not a deletion to the AWS check; in AWS's shape it is TTL.
                .containsPattern("\\| (EXPIRE|UNKNOWN_TO_SDK_VERSION) +\\| s-expired \\| null +\\| NONE +\\| TTL +\\|")
                .containsPattern("\\| REMOVE +\\| s-logout +\\| null +\\| USER +\\| USER +\\|")
                .contains("Archived 1 expired session(s) from the records in AWS's shape: [s-expired]")
                .contains("UpdateTable with ReplicaUpdates: \"Nothing to update\"")
                .contains("replicator pass: Pass[applied=1, echoesSkipped=1, conflictsLost=0]")
                .contains("holds o2 amount 25 (written in eu-west-1)")
                .contains("CreateBackup is not available here: DynamoDB Local does not implement it")
                .contains("UpdateContinuousBackups is not available here")
                .contains("Exported 500 items with 4 segments")
                .contains("Restored 500 items into")
                .contains("A damaged file: orders.jsonl line 100 is not an item")
                .contains("EnableKinesisStreamingDestination is not available here");
    }
}
