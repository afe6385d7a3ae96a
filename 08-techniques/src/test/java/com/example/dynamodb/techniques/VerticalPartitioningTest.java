package com.example.dynamodb.techniques;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@DynamoDbTest
class VerticalPartitioningTest {

    private static String table(Tables tables) {
        String table = tables.reserve("ItemSizes");
        tables.createAndWait(SimpleTables.pkSk(table));
        return table;
    }

    @Test
    @DisplayName("updating one number costs the whole 9.4 KB item's 10 WCU; on the split summary, 1 WCU")
    void stockUpdate(DynamoDbClient client, Tables tables) {
        SizeComparison result = VerticalPartitioning.measure(client, table(tables));

        assertThat(result.wcuBefore()).isEqualTo(10.0).isEqualTo(ItemSize.writeUnits(result.bytesBefore()));
        assertThat(result.wcuAfter()).isEqualTo(1.0);
        assertThat(result.bytesBefore()).isEqualTo(9_584);
        assertThat(result.bytesAfter()).isEqualTo(61);
    }

    @Test
    @DisplayName(
            "a projection does not make a read cheaper: reading 3 attributes of the whole item still costs 1.5 RCU")
    void projectionDoesNotSave(DynamoDbClient client, Tables tables) {
        String table = table(tables);
        VerticalPartitioning.measure(client, table);
        var wholeKey = Map.of("pk", AttributeValue.fromS("PRODUCT#sh-1"), "sk", AttributeValue.fromS("PRODUCT"));
        var summaryKey = Map.of("pk", AttributeValue.fromS("PRODUCT#sh-2"), "sk", AttributeValue.fromS("SUMMARY"));

        assertThat(VerticalPartitioning.readUnits(client, table, wholeKey, "pk, sk, price"))
                .isEqualTo(1.5);
        assertThat(VerticalPartitioning.readUnits(client, table, wholeKey, "description"))
                .isEqualTo(1.5);
        assertThat(VerticalPartitioning.readUnits(client, table, summaryKey, "pk, sk, price"))
                .isEqualTo(0.5);
    }

    @Test
    @DisplayName("one Query on the partition key reads the split product back, every attribute once")
    void reassemble(DynamoDbClient client, Tables tables) {
        String table = table(tables);
        var whole = VerticalPartitioning.wholeProduct("sh-3");
        VerticalPartitioning.split(whole)
                .forEach(part -> client.putItem(b -> b.tableName(table).item(part)));

        var parts = client
                .queryPaginator(b -> b.tableName(table)
                        .keyConditionExpression("pk = :pk")
                        .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("PRODUCT#sh-3"))))
                .items()
                .stream()
                .toList();
        Map<String, AttributeValue> merged = new HashMap<>();
        parts.forEach(merged::putAll);
        merged.put("sk", whole.get("sk"));

        assertThat(parts).extracting(p -> p.get("sk").s()).containsExactly("DESCRIPTION", "SPECS", "SUMMARY");
        assertThat(merged).isEqualTo(whole);
    }
}
