package com.example.dynamodb.techniques.exercises;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Exercise 08.2, reference solution: CRC32 suffix; one query per shard, then one global sort. */
public final class ShardedFeed {

    private ShardedFeed() {}

    public static int shardFor(String deviceId, int shards) {
        CRC32 crc = new CRC32();
        crc.update(deviceId.getBytes(StandardCharsets.UTF_8));
        return (int) (crc.getValue() % shards);
    }

    public static List<Map<String, AttributeValue>> latest(
            DynamoDbClient client, String table, String day, int shards, int n) {
        List<Map<String, AttributeValue>> merged = new ArrayList<>();
        for (int shard = 0; shard < shards; shard++) {
            String pk = "FEED#" + day + "#" + shard;
            merged.addAll(client.query(b -> b.tableName(table)
                            .keyConditionExpression("pk = :pk")
                            .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(pk)))
                            .scanIndexForward(false)
                            .limit(n))
                    .items());
        }
        merged.sort(Comparator.comparing(
                        (Map<String, AttributeValue> item) -> item.get("sk").s())
                .reversed());
        return List.copyOf(merged.subList(0, Math.min(n, merged.size())));
    }
}
