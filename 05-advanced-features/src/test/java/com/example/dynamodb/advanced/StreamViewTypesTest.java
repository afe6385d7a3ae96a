package com.example.dynamodb.advanced;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.Shard;
import software.amazon.awssdk.services.dynamodb.model.StreamDescription;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

@DynamoDbTest
@Tag("streams") // DynamoDB Streams: view types, enabling and disabling a stream
class StreamViewTypesTest {

    private static String createWithStream(DynamoDbClient client, Tables tables, StreamViewType viewType) {
        String table = tables.reserve("Orders");
        tables.createAndWait(OrdersTable.definition(table, viewType));
        return table;
    }

    private static String streamArn(DynamoDbClient client, String table) {
        return client.describeTable(b -> b.tableName(table)).table().latestStreamArn();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(
            value = StreamViewType.class,
            names = {"KEYS_ONLY", "NEW_IMAGE", "OLD_IMAGE", "NEW_AND_OLD_IMAGES"})
    @DisplayName("each view type records exactly what its name says for INSERT, MODIFY and REMOVE")
    void viewTypes(StreamViewType viewType, DynamoDbClient client, DynamoDbStreamsClient streams, Tables tables) {
        String table = createWithStream(client, tables, viewType);

        StreamViewTypes.insertModifyRemove(client, table, "c1", "o1");
        List<Record> records = StreamViewTypes.records(streams, streamArn(client, table));

        assertThat(records).extracting(Record::eventNameAsString).containsExactly("INSERT", "MODIFY", "REMOVE");
        boolean newImages = Set.of(StreamViewType.NEW_IMAGE, StreamViewType.NEW_AND_OLD_IMAGES)
                .contains(viewType);
        boolean oldImages = Set.of(StreamViewType.OLD_IMAGE, StreamViewType.NEW_AND_OLD_IMAGES)
                .contains(viewType);
        Map<String, AttributeValue> placed = OrdersTable.order("c1", "o1", "42.5");
        Map<String, AttributeValue> shipped = new java.util.HashMap<>(placed);
        shipped.put("status", AttributeValue.fromS("SHIPPED"));
        for (Record r : records) {
            assertThat(r.dynamodb().keys()).isEqualTo(OrdersTable.key("c1", "o1"));
            assertThat(r.dynamodb().streamViewType()).isEqualTo(viewType);
        }
        Record insert = records.get(0);
        Record modify = records.get(1);
        Record remove = records.get(2);
        // The item after the change: on INSERT and MODIFY, never on REMOVE (there is no "after").
        assertThat(insert.dynamodb().hasNewImage()).isEqualTo(newImages);
        assertThat(modify.dynamodb().hasNewImage()).isEqualTo(newImages);
        assertThat(remove.dynamodb().hasNewImage()).isFalse();
        // The item before the change: on MODIFY and REMOVE, never on INSERT (there is no "before").
        assertThat(insert.dynamodb().hasOldImage()).isFalse();
        assertThat(modify.dynamodb().hasOldImage()).isEqualTo(oldImages);
        assertThat(remove.dynamodb().hasOldImage()).isEqualTo(oldImages);
        if (newImages) {
            assertThat(insert.dynamodb().newImage()).isEqualTo(placed);
            assertThat(modify.dynamodb().newImage()).isEqualTo(shipped);
        }
        if (oldImages) {
            assertThat(modify.dynamodb().oldImage()).isEqualTo(placed);
            assertThat(remove.dynamodb().oldImage()).isEqualTo(shipped);
        }
    }

    @Test
    @DisplayName("a stream enabled on an existing table records the changes made after, not the items already there")
    void enableOnExistingTable(DynamoDbClient client, DynamoDbStreamsClient streams, Tables tables) {
        String table = createWithStream(client, tables, null);
        client.putItem(b -> b.tableName(table).item(OrdersTable.order("c1", "before", "1")));

        String arn = StreamViewTypes.enableStream(client, table, StreamViewType.NEW_IMAGE);
        client.putItem(b -> b.tableName(table).item(OrdersTable.order("c1", "after", "2")));

        assertThat(arn).isEqualTo(streamArn(client, table)).contains(table + "/stream/");
        assertThat(client.describeTable(b -> b.tableName(table)).table().streamSpecification())
                .satisfies(spec -> {
                    assertThat(spec.streamEnabled()).isTrue();
                    assertThat(spec.streamViewType()).isEqualTo(StreamViewType.NEW_IMAGE);
                });
        assertThat(StreamViewTypes.records(streams, arn))
                .singleElement()
                .satisfies(
                        r -> assertThat(r.dynamodb().keys().get("orderId").s()).isEqualTo("after"));
    }

    @Test
    @DisplayName("a put that changes nothing, and a delete of a missing item, add no record")
    void noChangeNoRecord(DynamoDbClient client, DynamoDbStreamsClient streams, Tables tables) {
        String table = createWithStream(client, tables, StreamViewType.NEW_AND_OLD_IMAGES);

        client.putItem(b -> b.tableName(table).item(OrdersTable.order("c1", "o1", "5")));
        client.putItem(b -> b.tableName(table).item(OrdersTable.order("c1", "o1", "5"))); // the same item again
        client.deleteItem(b -> b.tableName(table).key(OrdersTable.key("c1", "missing")));

        assertThat(StreamViewTypes.records(streams, streamArn(client, table)))
                .extracting(Record::eventNameAsString)
                .containsExactly("INSERT");
    }

    @Test
    @DisplayName("disabling the stream closes its shards, which stay readable; enabling again starts a new stream")
    void disableAndEnableAgain(DynamoDbClient client, DynamoDbStreamsClient streams, Tables tables) {
        String table = createWithStream(client, tables, StreamViewType.KEYS_ONLY);
        String first = streamArn(client, table);
        client.putItem(b -> b.tableName(table).item(OrdersTable.order("c1", "o1", "5")));

        StreamViewTypes.disableStream(client, table);
        StreamDescription closed =
                streams.describeStream(b -> b.streamArn(first)).streamDescription();
        String second = StreamViewTypes.enableStream(client, table, StreamViewType.NEW_IMAGE);

        assertThat(closed.streamStatusAsString()).isIn("DISABLING", "DISABLED");
        assertThat(closed.shards())
                .isNotEmpty()
                .allSatisfy((Shard s) -> assertThat(s.sequenceNumberRange().endingSequenceNumber())
                        .isNotNull());
        assertThat(StreamViewTypes.records(streams, first)).hasSize(1); // still readable (24 hours on AWS)
        assertThat(second).isNotEqualTo(first);
        assertThat(StreamViewTypes.records(streams, second)).isEmpty();
    }
}
