package com.example.dynamodb.techniques;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/**
 * One item-size technique, measured: the size of the item written before and after it, and the
 * write units DynamoDB reported for each ({@code ReturnConsumedCapacity}).
 */
public record SizeComparison(String technique, long bytesBefore, long bytesAfter, double wcuBefore, double wcuAfter) {

    /** Puts the item and returns the write units DynamoDB says it consumed. */
    public static double measuredPut(DynamoDbClient client, String table, Map<String, AttributeValue> item) {
        return client.putItem(b -> b.tableName(table).item(item).returnConsumedCapacity(ReturnConsumedCapacity.TOTAL))
                .consumedCapacity()
                .capacityUnits();
    }

    /** The rows of the walkthrough's table. */
    public static List<List<String>> table(List<SizeComparison> rows) {
        List<List<String>> table = new ArrayList<>();
        table.add(List.of("technique", "bytes before", "bytes after", "WCU before", "WCU after"));
        for (SizeComparison row : rows) {
            table.add(List.of(
                    row.technique(),
                    String.format("%,d", row.bytesBefore()),
                    String.format("%,d", row.bytesAfter()),
                    String.valueOf(row.wcuBefore()),
                    String.valueOf(row.wcuAfter())));
        }
        return table;
    }
}
