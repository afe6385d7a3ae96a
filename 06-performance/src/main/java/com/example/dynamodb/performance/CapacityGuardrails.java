package com.example.dynamodb.performance;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ContributorInsightsAction;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.OnDemandThroughput;
import software.amazon.awssdk.services.dynamodb.model.UpdateContributorInsightsRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.WarmThroughput;

/**
 * Three newer controls. {@code OnDemandThroughput}: a ceiling on an on-demand table's request
 * units per second, a cost guardrail (requests above it are throttled). {@code WarmThroughput}:
 * ask DynamoDB to pre-warm a table for a launch, so the first peak is served at once.
 * {@code UpdateContributorInsights}: CloudWatch Contributor Insights lists the most accessed and
 * most throttled keys, which is how you find a hot key.
 */
public final class CapacityGuardrails {

    private CapacityGuardrails() {}

    // tag::guardrails[]
    /** Caps an on-demand table at {@code maxReads} read and {@code maxWrites} write request units per second. */
    public static UpdateTableRequest maxOnDemandThroughput(String table, long maxReads, long maxWrites) {
        if (maxReads < 1 || maxWrites < 1) {
            throw new IllegalArgumentException("A maximum throughput must be at least 1 request unit per second");
        }
        return UpdateTableRequest.builder()
                .tableName(table)
                .onDemandThroughput(OnDemandThroughput.builder()
                        .maxReadRequestUnits(maxReads)
                        .maxWriteRequestUnits(maxWrites)
                        .build())
                .build();
    }

    /** Pre-warms a table for a launch: it can serve this many units per second from the start. */
    public static UpdateTableRequest warmFor(String table, long readUnitsPerSecond, long writeUnitsPerSecond) {
        if (readUnitsPerSecond < 1 || writeUnitsPerSecond < 1) {
            throw new IllegalArgumentException(
                    "Warm throughput must be at least 1 read and 1 write unit per second, got " + readUnitsPerSecond
                            + "/" + writeUnitsPerSecond);
        }
        return UpdateTableRequest.builder()
                .tableName(table)
                .warmThroughput(WarmThroughput.builder()
                        .readUnitsPerSecond(readUnitsPerSecond)
                        .writeUnitsPerSecond(writeUnitsPerSecond)
                        .build())
                .build();
    }

    /** Switches Contributor Insights on (or off) for a table, or for one of its GSIs. */
    public static UpdateContributorInsightsRequest contributorInsights(String table, String index, boolean on) {
        return UpdateContributorInsightsRequest.builder()
                .tableName(table)
                .indexName(index)
                .contributorInsightsAction(on ? ContributorInsightsAction.ENABLE : ContributorInsightsAction.DISABLE)
                .build();
    }
    // end::guardrails[]

    /** What DynamoDB answered, in a sentence (DynamoDB Local lacks some of these). */
    public static String tryOn(DynamoDbClient client, Runnable call) {
        try {
            call.run();
            return "accepted";
        } catch (DynamoDbException e) {
            return "refused: " + e.awsErrorDetails().errorCode() + " ("
                    + e.awsErrorDetails().errorMessage() + ")";
        }
    }

    static void demo(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("Newer capacity controls");
        DynamoDbClient client = ddb.client();
        String table = TableSetup.create(client, tables, "Guarded", false);
        Narrator.show(
                "UpdateTable OnDemandThroughput 100/50",
                tryOn(client, () -> client.updateTable(maxOnDemandThroughput(table, 100, 50))));
        TableSetup.awaitActive(client, table);
        Narrator.show(
                "  read back",
                client.describeTable(b -> b.tableName(table)).table().onDemandThroughput());
        Narrator.show(
                "UpdateTable WarmThroughput 12000/4000",
                tryOn(client, () -> client.updateTable(warmFor(table, 12_000, 4_000))));
        Narrator.show(
                "  read back",
                client.describeTable(b -> b.tableName(table)).table().warmThroughput());
        Narrator.show(
                "UpdateContributorInsights ENABLE",
                tryOn(client, () -> client.updateContributorInsights(contributorInsights(table, null, true))));
    }

    public static void main(String[] args) {
        Walkthroughs.run(CapacityGuardrails::demo);
    }
}
