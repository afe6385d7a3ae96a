package com.example.dynamodb.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ContributorInsightsAction;
import software.amazon.awssdk.services.dynamodb.model.OnDemandThroughput;
import software.amazon.awssdk.services.dynamodb.model.UpdateContributorInsightsRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.WarmThroughput;

@DynamoDbTest
class CapacityGuardrailsTest {

    @Test
    @Tag("recent") // OnDemandThroughput on UpdateTable (2024)
    @DisplayName(
            "OnDemandThroughput: verifies the UpdateTable request; DynamoDB Local stores the ceiling and returns it")
    void onDemandCeiling(DynamoDbClient client, Tables tables) {
        assertThat(CapacityGuardrails.maxOnDemandThroughput("Orders", 100, 50))
                .isEqualTo(UpdateTableRequest.builder()
                        .tableName("Orders")
                        .onDemandThroughput(OnDemandThroughput.builder()
                                .maxReadRequestUnits(100L)
                                .maxWriteRequestUnits(50L)
                                .build())
                        .build());

        String table = TableSetup.create(client, tables, "Ceiling", false);
        client.updateTable(CapacityGuardrails.maxOnDemandThroughput(table, 100, 50));
        TableSetup.awaitActive(client, table);
        OnDemandThroughput stored =
                client.describeTable(b -> b.tableName(table)).table().onDemandThroughput();
        assertThat(stored.maxReadRequestUnits()).isEqualTo(100L);
        assertThat(stored.maxWriteRequestUnits()).isEqualTo(50L);
    }

    @Test
    @Tag("local-differs") // AWS applies WarmThroughput; DynamoDB Local 3.3.1 answers 'Nothing to update'
    @DisplayName(
            "WarmThroughput: verifies the UpdateTable request; DynamoDB Local refuses it as 'Nothing to update' and"
                    + " reports none")
    void warmThroughput(DynamoDbClient client, Tables tables) {
        assertThat(CapacityGuardrails.warmFor("Orders", 12_000, 4_000))
                .isEqualTo(UpdateTableRequest.builder()
                        .tableName("Orders")
                        .warmThroughput(WarmThroughput.builder()
                                .readUnitsPerSecond(12_000L)
                                .writeUnitsPerSecond(4_000L)
                                .build())
                        .build());

        String table = TableSetup.create(client, tables, "Warm", false);
        String answer = CapacityGuardrails.tryOn(
                client, () -> client.updateTable(CapacityGuardrails.warmFor(table, 12_000, 4_000)));
        assertThat(answer).startsWith("refused: ValidationException").contains("Nothing to update");
        assertThat(client.describeTable(b -> b.tableName(table)).table().warmThroughput())
                .isNull();
    }

    @Test
    @DisplayName("UpdateContributorInsights: verifies the request; DynamoDB Local does not know the operation")
    void contributorInsights(DynamoDbClient client, Tables tables) {
        assertThat(CapacityGuardrails.contributorInsights("Orders", "ByStatus", true))
                .isEqualTo(UpdateContributorInsightsRequest.builder()
                        .tableName("Orders")
                        .indexName("ByStatus")
                        .contributorInsightsAction(ContributorInsightsAction.ENABLE)
                        .build());
        assertThat(CapacityGuardrails.contributorInsights("Orders", null, false))
                .isEqualTo(UpdateContributorInsightsRequest.builder()
                        .tableName("Orders")
                        .contributorInsightsAction(ContributorInsightsAction.DISABLE)
                        .build());

        String table = TableSetup.create(client, tables, "Insights", false);
        assertThat(CapacityGuardrails.tryOn(
                        client,
                        () -> client.updateContributorInsights(
                                CapacityGuardrails.contributorInsights(table, null, true))))
                .startsWith("refused: UnknownOperationException");
    }

    @Test
    @DisplayName("a ceiling or a warm throughput of 0 units is refused with a sentence")
    void zeroCeiling() {
        assertThatThrownBy(() -> CapacityGuardrails.maxOnDemandThroughput("Orders", 0, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 1 request unit");
        assertThatThrownBy(() -> CapacityGuardrails.warmFor("Orders", 12_000, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 1 read and 1 write unit per second, got 12000/0");
    }
}
