package com.example.dynamodb.techniques.exercises;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.dynamodb.support.BatchLoader;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

@DynamoDbTest
@DisplayName("Exercise 08.2 Sharded feed")
class ShardedFeedTest {

    private static final int SHARDS = 6;

    @Test
    @DisplayName("08.2: the shard is CRC32(device id) mod shards: stable, in range, the same in any language")
    void calculatedShard() {
        for (String device : List.of("device-1", "device-2", "thermostat-kitchen", "x")) {
            CRC32 crc = new CRC32();
            crc.update(device.getBytes(StandardCharsets.UTF_8));
            assertThat(ShardedFeed.shardFor(device, SHARDS)).isEqualTo((int) (crc.getValue() % SHARDS));
        }
    }

    @Test
    @DisplayName("08.2: 40 devices spread over all 6 shards")
    void spread() {
        List<Integer> used = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            used.add(ShardedFeed.shardFor("device-" + i, SHARDS));
        }
        assertThat(used).allSatisfy(s -> assertThat(s).isBetween(0, SHARDS - 1));
        assertThat(used.stream().distinct().count()).isEqualTo(SHARDS);
    }

    @Test
    @DisplayName("08.2: latest(n) returns the n newest readings of the day over all shards, newest first")
    void latestOverAllShards(DynamoDbClient client, Tables tables) {
        String table = tables.reserve("Feed");
        tables.createAndWait(CreateTableRequest.builder()
                .tableName(table)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(string("pk"), string("sk"))
                .keySchema(key("pk", KeyType.HASH), key("sk", KeyType.RANGE))
                .build());
        List<Map<String, AttributeValue>> readings = new ArrayList<>();
        Instant start = Instant.parse("2024-03-15T00:00:00Z");
        for (int i = 0; i < 120; i++) {
            String device = "device-" + (i * 7 % 40);
            int shard = ShardedFeed.shardFor(device, SHARDS);
            readings.add(Map.of(
                    "pk", AttributeValue.fromS("FEED#2024-03-15#" + shard),
                    "sk", AttributeValue.fromS(start.plusSeconds(61L * i) + "#" + device),
                    "value", AttributeValue.fromN(Integer.toString(i))));
        }
        BatchLoader.putAll(client, table, readings);
        List<String> newest = readings.stream()
                .map(r -> r.get("sk").s())
                .sorted(Comparator.reverseOrder())
                .limit(8)
                .toList();

        List<Map<String, AttributeValue>> latest = ShardedFeed.latest(client, table, "2024-03-15", SHARDS, 8);

        assertThat(latest).extracting(r -> r.get("sk").s()).containsExactlyElementsOf(newest);
        assertThat(ShardedFeed.latest(client, table, "2024-03-16", SHARDS, 8))
                .as("another day is empty")
                .isEmpty();
    }

    private static AttributeDefinition string(String name) {
        return AttributeDefinition.builder()
                .attributeName(name)
                .attributeType(ScalarAttributeType.S)
                .build();
    }

    private static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }
}
