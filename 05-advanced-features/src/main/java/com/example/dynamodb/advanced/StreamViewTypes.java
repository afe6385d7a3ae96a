package com.example.dynamodb.advanced;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamSpecification;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.UpdateTableRequest;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * A stream records every change to a table's items, in order per item, for 24 hours. The view type
 * decides what each record carries: the keys only, the item after the change, before it, or both.
 */
public final class StreamViewTypes {

    private StreamViewTypes() {}

    // tag::enable[]
    /** Switches the stream on for an existing table; returns the new stream's ARN. */
    public static String enableStream(DynamoDbClient client, String table, StreamViewType viewType) {
        UpdateTableRequest request = UpdateTableRequest.builder()
                .tableName(table)
                .streamSpecification(StreamSpecification.builder()
                        .streamEnabled(true)
                        .streamViewType(viewType)
                        .build())
                .build();
        // The stream holds changes made from now on, never the items the table already has.
        return client.updateTable(request).tableDescription().latestStreamArn();
    }

    /** Switches the stream off: its shards close, and it stays readable for 24 hours. */
    public static void disableStream(DynamoDbClient client, String table) {
        client.updateTable(UpdateTableRequest.builder()
                .tableName(table)
                .streamSpecification(
                        StreamSpecification.builder().streamEnabled(false).build())
                .build());
    }
    // end::enable[]

    /** Every record the stream holds now, parents before children (a demo and test convenience). */
    public static List<Record> records(DynamoDbStreamsClient streams, String streamArn) {
        List<Record> all = new ArrayList<>();
        new StreamPoller(streams, streamArn, new InMemoryCheckpoints(), ShardIteratorType.TRIM_HORIZON, 1000)
                .poll((shard, records) -> {
                    all.addAll(records);
                    return records.size();
                });
        return all;
    }

    /** Inserts, modifies and removes one order: the three kinds of stream record. */
    public static void insertModifyRemove(DynamoDbClient client, String table, String customerId, String orderId) {
        client.putItem(b -> b.tableName(table).item(OrdersTable.order(customerId, orderId, "42.5")));
        client.updateItem(b -> b.tableName(table)
                .key(OrdersTable.key(customerId, orderId))
                .updateExpression("SET #s = :shipped")
                .expressionAttributeNames(Map.of("#s", "status"))
                .expressionAttributeValues(Map.of(":shipped", AttributeValue.fromS("SHIPPED"))));
        client.deleteItem(b -> b.tableName(table).key(OrdersTable.key(customerId, orderId)));
    }

    static void demo(DynamoDbBackend ddb, Tables tables) {
        DynamoDbClient client = ddb.client();
        Narrator.section("Streams: what each view type records");
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("view type", "event", "Keys", "NewImage", "OldImage"));
        for (StreamViewType viewType : List.of(
                StreamViewType.KEYS_ONLY,
                StreamViewType.NEW_IMAGE,
                StreamViewType.OLD_IMAGE,
                StreamViewType.NEW_AND_OLD_IMAGES)) {
            String table = tables.reserve("Orders-" + viewType);
            tables.createAndWait(OrdersTable.definition(table, viewType));
            String arn = client.describeTable(b -> b.tableName(table)).table().latestStreamArn();
            insertModifyRemove(client, table, "c1", "o1");
            for (Record r : records(ddb.streamsClient(), arn)) {
                rows.add(List.of(
                        viewType.toString(),
                        r.eventNameAsString(),
                        Narrator.format(r.dynamodb().keys()),
                        r.dynamodb().hasNewImage() ? status(r.dynamodb().newImage()) : "-",
                        r.dynamodb().hasOldImage() ? status(r.dynamodb().oldImage()) : "-"));
            }
        }
        Narrator.table(rows);
        Narrator.say("(images shortened to their status; each holds the whole item)");
        String plain = tables.reserve("PlainOrders");
        tables.createAndWait(OrdersTable.definition(plain, null));
        String arn = enableStream(client, plain, StreamViewType.NEW_IMAGE);
        Narrator.step("Stream enabled on an existing table: " + arn.substring(arn.indexOf("/stream/") + 1));
    }

    private static String status(Map<String, AttributeValue> image) {
        return "{.., status: \"" + image.get("status").s() + "\"}";
    }

    public static void main(String[] args) {
        Walkthroughs.run(StreamViewTypes::demo);
    }
}
