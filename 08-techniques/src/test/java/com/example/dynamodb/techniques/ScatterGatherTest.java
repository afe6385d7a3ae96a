package com.example.dynamodb.techniques;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.dynamodb.support.BatchLoader;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

@DynamoDbTest
class ScatterGatherTest {

    private static final int SHARDS = 8;

    @Test
    @DisplayName("the n newest events over all shards are exactly the n newest events written")
    void latestAcrossShards(DynamoDbClient client, Tables tables) {
        String table = tables.reserve("Events");
        tables.createAndWait(SimpleTables.pkSk(table));
        List<Map<String, AttributeValue>> written =
                ScatterGather.writeEvents(client, table, "2024-03-15", SHARDS, 300, false);

        GatheredEvents latest = ScatterGather.latest(client, table, "2024-03-15", SHARDS, 10);

        List<String> expected = written.stream()
                .map(i -> i.get("sk").s())
                .sorted(Comparator.reverseOrder())
                .limit(10)
                .toList();
        assertThat(latest.items()).extracting(i -> i.get("sk").s()).containsExactlyElementsOf(expected);
        assertThat(latest.items().stream().map(i -> i.get("pk").s()).distinct())
                .as("they come from several shards")
                .hasSizeGreaterThan(1);
    }

    @Test
    @DisplayName("a scatter-gather read costs one query per shard: 8 x 0.5 RCU against 0.5 for the same read unsharded")
    void readCost(DynamoDbClient client, Tables tables) {
        String table = tables.reserve("Events");
        tables.createAndWait(SimpleTables.pkSk(table));
        List<Map<String, AttributeValue>> written =
                ScatterGather.writeEvents(client, table, "2024-03-15", SHARDS, 200, false);
        BatchLoader.putAll(
                client,
                table,
                written.stream().map(ScatterGatherTest::unsharded).toList());

        GatheredEvents sharded = ScatterGather.latest(client, table, "2024-03-15", SHARDS, 5);
        GatheredEvents single = ScatterGather.latestOfOneKey(client, table, "EVENTS#2024-03-15", 5);
        System.out.printf(
                "newest 5: sharded %d queries %.1f RCU; unsharded %d query %.1f RCU%n",
                sharded.queries(), sharded.readUnits(), single.queries(), single.readUnits());

        assertThat(single.items())
                .extracting(i -> i.get("sk").s())
                .containsExactlyElementsOf(
                        sharded.items().stream().map(i -> i.get("sk").s()).toList());
        assertThat(sharded.queries()).isEqualTo(SHARDS);
        assertThat(single.readUnits()).isEqualTo(0.5); // 5 small items: one 4 KB unit, halved (eventual)
        assertThat(sharded.readUnits()).isEqualTo(SHARDS * 0.5);
    }

    @Test
    @DisplayName("a failing shard query surfaces as the service's own exception, not a wrapped one")
    void failureIsNotWrapped(DynamoDbClient client) {
        assertThatThrownBy(() -> ScatterGather.latest(client, "NoSuchTable", "2024-03-15", SHARDS, 5))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    private static Map<String, AttributeValue> unsharded(Map<String, AttributeValue> event) {
        Map<String, AttributeValue> copy = new HashMap<>(event);
        copy.put("pk", AttributeValue.fromS("EVENTS#2024-03-15"));
        return copy;
    }
}
