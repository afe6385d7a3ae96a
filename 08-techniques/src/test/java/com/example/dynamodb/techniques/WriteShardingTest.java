package com.example.dynamodb.techniques;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.dynamodb.support.BatchLoader;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@DynamoDbTest
class WriteShardingTest {

    private static final int SHARDS = 8;
    private static final int EVENTS = 400;

    private static String eventsTable(Tables tables) {
        String table = tables.reserve("Events");
        tables.createAndWait(SimpleTables.pkSk(table));
        return table;
    }

    /** CRC32 of the id, modulo the shards: computed here with the JDK, not with the example's method. */
    private static int crc32Shard(String id) {
        CRC32 crc = new CRC32();
        crc.update(id.getBytes(StandardCharsets.UTF_8));
        return (int) (crc.getValue() % SHARDS);
    }

    @Test
    @DisplayName("a random suffix (seed 7) spreads a hot key's writes evenly: 47 to 53 events per shard, skew 1.06")
    void randomSpread(DynamoDbClient client, Tables tables) {
        String table = eventsTable(tables);
        WriteSharding.writeEvents(client, table, "2024-03-15", SHARDS, EVENTS, false);

        List<Integer> counts = WriteSharding.itemsPerShard(client, table, "2024-03-15", SHARDS);

        // java.util.Random's sequence for a seed is specified (its Javadoc gives the algorithm): these
        // are the first 400 values of new Random(7).nextInt(8), counted, on every JVM.
        assertThat(counts).containsExactly(47, 47, 52, 52, 49, 48, 52, 53);
        assertThat(WriteSharding.skew(counts)).isEqualTo(53 / 50.0);
    }

    @Test
    @DisplayName("a calculated suffix puts every event on CRC32(event id) mod 8: 48 or 52 events per shard, skew 1.04")
    void calculatedSpread(DynamoDbClient client, Tables tables) {
        String table = eventsTable(tables);
        WriteSharding.writeEvents(client, table, "2024-03-15", SHARDS, EVENTS, true);

        List<Integer> counts = WriteSharding.itemsPerShard(client, table, "2024-03-15", SHARDS);

        Integer[] expected = new Integer[SHARDS];
        Arrays.fill(expected, 0);
        for (int i = 0; i < EVENTS; i++) {
            expected[crc32Shard(String.format("ev-%05d", i))]++;
        }
        // Every stored event sits on the shard its id hashes to: a random suffix would put most elsewhere.
        assertThat(client.scanPaginator(b -> b.tableName(table)).items())
                .hasSize(EVENTS)
                .allSatisfy(event -> {
                    String id = event.get("sk").s().split("#")[1];
                    assertThat(event.get("pk").s()).isEqualTo("EVENTS#2024-03-15#" + crc32Shard(id));
                });
        assertThat(counts).containsExactly(expected).containsExactly(48, 48, 52, 52, 52, 52, 48, 48);
        assertThat(WriteSharding.skew(counts)).isEqualTo(52 / 50.0);
    }

    @Test
    @DisplayName("a calculated suffix only spreads what its input spreads: one hot device lands on one shard")
    void calculatedOnAHotValue(DynamoDbClient client, Tables tables) {
        String table = eventsTable(tables);
        List<Map<String, AttributeValue>> events = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            int shard = WriteSharding.calculatedShard("device-7", SHARDS); // the same input every time
            events.add(WriteSharding.event(
                    "2024-03-15", shard, "2024-03-15T00:00:" + (10 + i % 50) + "Z", "ev-" + i, "device-7"));
        }
        BatchLoader.putAll(client, table, events);

        List<Integer> counts = WriteSharding.itemsPerShard(client, table, "2024-03-15", SHARDS);

        assertThat(counts).filteredOn(c -> c > 0).containsExactly(80);
        assertThat(WriteSharding.skew(counts)).isEqualTo(SHARDS);
    }

    @Test
    @DisplayName("with a calculated suffix a reader finds one event with one GetItem: the shard is recomputed")
    void pointReadWithCalculatedSuffix(DynamoDbClient client, Tables tables) {
        String table = eventsTable(tables);
        WriteSharding.writeEvents(client, table, "2024-03-15", SHARDS, 50, true);
        String id = "ev-00042";
        String time = "2024-03-15T00:25:54Z"; // 37 s apart: event 42 is at 42 * 37 s

        int shard = WriteSharding.calculatedShard(id, SHARDS);
        Map<String, AttributeValue> item = client.getItem(b -> b.tableName(table)
                        .key(Map.of(
                                "pk", AttributeValue.fromS(WriteSharding.shardKey("2024-03-15", shard)),
                                "sk", AttributeValue.fromS(time + "#" + id))))
                .item();

        assertThat(item).containsEntry("source", AttributeValue.fromS("sensor-42"));
        assertThat(shard).isBetween(0, SHARDS - 1);
        // Only the recomputed shard holds it: a reader guessing another shard would find nothing.
        for (int other = 0; other < SHARDS; other++) {
            String otherKey = WriteSharding.shardKey("2024-03-15", other);
            assertThat(client.getItem(b -> b.tableName(table)
                                    .key(Map.of(
                                            "pk", AttributeValue.fromS(otherKey),
                                            "sk", AttributeValue.fromS(time + "#" + id))))
                            .hasItem())
                    .as("shard %d", other)
                    .isEqualTo(other == shard);
        }
    }

    @Test
    @DisplayName("skew is the fullest shard over the mean, and the histogram draws one bar per shard")
    void skewAndHistogram() {
        assertThat(WriteSharding.skew(List.of(10, 10, 10, 10))).isEqualTo(1.0);
        assertThat(WriteSharding.skew(List.of(40, 0, 0, 0))).isEqualTo(4.0);
        assertThat(WriteSharding.histogram(List.of(20, 10)))
                .containsExactly(
                        "shard  0 | ######################################## 20",
                        "shard  1 | ####################                     10");
    }
}
