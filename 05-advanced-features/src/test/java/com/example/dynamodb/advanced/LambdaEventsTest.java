package com.example.dynamodb.advanced;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Identity;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.StreamRecord;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

@DynamoDbTest
class LambdaEventsTest {

    private static ByteBuffer bytes(String text) {
        return ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
    }

    /** An order holding one attribute of every DynamoDB type. */
    private static Map<String, AttributeValue> everyType() {
        Map<String, AttributeValue> item = new HashMap<>(OrdersTable.order("c1", "o1", "42.5"));
        item.put("b", AttributeValue.fromB(SdkBytes.fromUtf8String("bin")));
        item.put("ss", AttributeValue.fromSs(List.of("red", "blue")));
        item.put("ns", AttributeValue.fromNs(List.of("1", "2.5")));
        item.put("bs", AttributeValue.fromBs(List.of(SdkBytes.fromUtf8String("x"), SdkBytes.fromUtf8String("y"))));
        item.put("m", AttributeValue.fromM(Map.of("city", AttributeValue.fromS("Lyon"))));
        item.put("l", AttributeValue.fromL(List.of(AttributeValue.fromN("7"), AttributeValue.fromBool(false))));
        item.put("bool", AttributeValue.fromBool(true));
        item.put("nul", AttributeValue.fromNul(true));
        return item;
    }

    private static List<Record> insertModifyRemove(
            DynamoDbClient client, DynamoDbStreamsClient streams, Tables tables, StreamViewType viewType) {
        String table = tables.reserve("Orders");
        tables.createAndWait(OrdersTable.definition(table, viewType));
        client.putItem(b -> b.tableName(table).item(everyType()));
        StreamViewTypes.insertModifyRemove(client, table, "c1", "o2");
        return StreamViewTypes.records(
                streams, client.describeTable(b -> b.tableName(table)).table().latestStreamArn());
    }

    @Test
    @Tag("streams") // DynamoDB Streams: records read with GetRecords
    @DisplayName("every field of a real INSERT, MODIFY and REMOVE record is carried into the Lambda event")
    void fieldByField(DynamoDbClient client, DynamoDbStreamsClient streams, Tables tables) {
        List<Record> records = insertModifyRemove(client, streams, tables, StreamViewType.NEW_AND_OLD_IMAGES);
        String arn = "arn:of:the:stream";

        DynamodbEvent event = LambdaEvents.toEvent(arn, records);

        assertThat(event.getRecords()).hasSize(4);
        for (int i = 0; i < records.size(); i++) {
            Record sdk = records.get(i);
            DynamodbEvent.DynamodbStreamRecord lambda = event.getRecords().get(i);
            assertThat(lambda.getEventID()).isEqualTo(sdk.eventID()).isNotBlank();
            assertThat(lambda.getEventName()).isEqualTo(sdk.eventNameAsString());
            assertThat(lambda.getEventVersion()).isEqualTo(sdk.eventVersion()).isNotBlank();
            assertThat(lambda.getEventSource()).isEqualTo(sdk.eventSource()).isEqualTo("aws:dynamodb");
            assertThat(lambda.getAwsRegion()).isEqualTo(sdk.awsRegion()).isNotBlank();
            assertThat(lambda.getEventSourceARN()).isEqualTo(arn);
            assertThat(lambda.getUserIdentity()).isNull(); // a user's write: no identity
            var body = lambda.getDynamodb();
            assertThat(body.getSequenceNumber()).isEqualTo(sdk.dynamodb().sequenceNumber());
            assertThat(body.getSizeBytes())
                    .isEqualTo(sdk.dynamodb().sizeBytes())
                    .isPositive();
            assertThat(body.getStreamViewType()).isEqualTo("NEW_AND_OLD_IMAGES");
            assertThat(body.getApproximateCreationDateTime())
                    .isEqualTo(Date.from(sdk.dynamodb().approximateCreationDateTime()));
            assertThat(body.getKeys().get("customerId").getS()).isEqualTo("c1");
            assertThat(body.getKeys().get("orderId").getS())
                    .isEqualTo(sdk.dynamodb().keys().get("orderId").s());
            assertThat(body.getNewImage() == null).isEqualTo(!sdk.dynamodb().hasNewImage());
            assertThat(body.getOldImage() == null).isEqualTo(!sdk.dynamodb().hasOldImage());
        }
        assertThat(event.getRecords())
                .extracting(DynamodbEvent.DynamodbStreamRecord::getEventName)
                .containsExactly("INSERT", "INSERT", "MODIFY", "REMOVE");
        assertThat(event.getRecords()
                        .get(2)
                        .getDynamodb()
                        .getOldImage()
                        .get("status")
                        .getS())
                .isEqualTo("PLACED");
        assertThat(event.getRecords()
                        .get(2)
                        .getDynamodb()
                        .getNewImage()
                        .get("status")
                        .getS())
                .isEqualTo("SHIPPED");
    }

    @Test
    @Tag("local-differs") // AWS: the table's region, time to the second; DynamoDB Local 3.3.1: ddblocal, to the minute
    @Tag("streams") // DynamoDB Streams
    @DisplayName("DynamoDB Local's record fields (measured): region ddblocal, creation time rounded down to the minute,"
            + " one sequence of numbers for every table of the engine")
    void localRecordFields(DynamoDbClient client, DynamoDbStreamsClient streams, Tables tables) {
        String first = tables.reserve("Orders");
        tables.createAndWait(OrdersTable.definition(first, StreamViewType.KEYS_ONLY));
        String second = tables.reserve("Orders");
        tables.createAndWait(OrdersTable.definition(second, StreamViewType.KEYS_ONLY));
        Instant before = Instant.now();
        client.putItem(b -> b.tableName(first).item(OrdersTable.order("c1", "o1", "1")));
        client.putItem(b -> b.tableName(second).item(OrdersTable.order("c1", "o2", "2")));
        client.putItem(b -> b.tableName(first).item(OrdersTable.order("c1", "o3", "3")));
        Instant after = Instant.now();

        List<Record> ofFirst = StreamViewTypes.records(
                streams, client.describeTable(b -> b.tableName(first)).table().latestStreamArn());
        List<Record> ofSecond = StreamViewTypes.records(
                streams, client.describeTable(b -> b.tableName(second)).table().latestStreamArn());

        assertThat(ofFirst).hasSize(2);
        assertThat(ofSecond).hasSize(1);
        for (Record r : List.of(ofFirst.get(0), ofSecond.get(0), ofFirst.get(1))) {
            Instant created = r.dynamodb().approximateCreationDateTime();
            assertThat(r.awsRegion()).isEqualTo("ddblocal");
            assertThat(created).isEqualTo(created.truncatedTo(ChronoUnit.MINUTES));
            assertThat(created)
                    .isBetween(before.truncatedTo(ChronoUnit.MINUTES), after.truncatedTo(ChronoUnit.MINUTES));
        }
        // The second table's only record falls between the first table's two: one counter for the engine.
        BigInteger o1 = new BigInteger(ofFirst.get(0).dynamodb().sequenceNumber());
        BigInteger o2 = new BigInteger(ofSecond.get(0).dynamodb().sequenceNumber());
        BigInteger o3 = new BigInteger(ofFirst.get(1).dynamodb().sequenceNumber());
        assertThat(o1).isLessThan(o2);
        assertThat(o2).isLessThan(o3);
    }

    @Test
    @Tag("streams") // DynamoDB Streams: records read with GetRecords
    @DisplayName("every attribute type of a real NewImage converts: S, N, B, SS, NS, BS, M, L, BOOL and NULL")
    void everyAttributeType(DynamoDbClient client, DynamoDbStreamsClient streams, Tables tables) {
        Record insert = insertModifyRemove(client, streams, tables, StreamViewType.NEW_IMAGE)
                .get(0);

        var image = LambdaEvents.toLambdaRecord("arn", insert).getDynamodb().getNewImage();

        assertThat(image.get("customerId").getS()).isEqualTo("c1");
        assertThat(image.get("amount").getN()).isEqualTo("42.5");
        assertThat(image.get("b").getB()).isEqualTo(bytes("bin"));
        assertThat(image.get("ss").getSS()).containsExactlyInAnyOrder("red", "blue");
        assertThat(image.get("ns").getNS()).containsExactlyInAnyOrder("1", "2.5");
        assertThat(image.get("bs").getBS()).containsExactlyInAnyOrder(bytes("x"), bytes("y"));
        assertThat(image.get("m").getM().get("city").getS()).isEqualTo("Lyon");
        assertThat(image.get("l").getL()).hasSize(2);
        assertThat(image.get("l").getL().get(0).getN()).isEqualTo("7");
        assertThat(image.get("l").getL().get(1).getBOOL()).isFalse();
        assertThat(image.get("bool").getBOOL()).isTrue();
        assertThat(image.get("nul").getNULL()).isTrue();
        assertThat(image).hasSize(everyType().size());
    }

    @Test
    @Tag("streams") // DynamoDB Streams: records read with GetRecords
    @DisplayName("a KEYS_ONLY record maps to keys and no images: null, not an empty map")
    void keysOnly(DynamoDbClient client, DynamoDbStreamsClient streams, Tables tables) {
        List<Record> records = insertModifyRemove(client, streams, tables, StreamViewType.KEYS_ONLY);

        assertThat(LambdaEvents.toEvent("arn", records).getRecords()).allSatisfy(r -> {
            assertThat(r.getDynamodb().getKeys()).containsOnlyKeys("customerId", "orderId");
            assertThat(r.getDynamodb().getNewImage()).isNull();
            assertThat(r.getDynamodb().getOldImage()).isNull();
            assertThat(r.getDynamodb().getStreamViewType()).isEqualTo("KEYS_ONLY");
        });
    }

    @Test
    @DisplayName("the identity AWS puts on a TTL deletion is carried over (AWS's documented shape)")
    void ttlIdentity() {
        Record awsTtlDelete = Record.builder()
                .eventID("e1")
                .eventName("REMOVE")
                .userIdentity(Identity.builder()
                        .type("Service")
                        .principalId("dynamodb.amazonaws.com")
                        .build())
                .dynamodb(StreamRecord.builder()
                        .keys(OrdersTable.key("c1", "o1"))
                        .sequenceNumber("100")
                        .sizeBytes(20L)
                        .streamViewType(StreamViewType.KEYS_ONLY)
                        .build())
                .build();

        var identity = LambdaEvents.toLambdaRecord("arn", awsTtlDelete).getUserIdentity();

        assertThat(identity.getType()).isEqualTo("Service");
        assertThat(identity.getPrincipalId()).isEqualTo("dynamodb.amazonaws.com");
    }
}
