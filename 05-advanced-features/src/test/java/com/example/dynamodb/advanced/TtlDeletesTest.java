package com.example.dynamodb.advanced;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.example.dynamodb.advanced.TtlDeletes.Deletion;
import com.example.dynamodb.support.Backend;
import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.RecordingClient;
import com.example.dynamodb.support.Tables;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Identity;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamRecord;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

@DynamoDbTest
class TtlDeletesTest {

    /** The identity AWS documents on a TTL deletion ("DynamoDB Streams and Time to Live"). */
    private static final Identity DYNAMODB_SERVICE = Identity.builder()
            .type("Service")
            .principalId("dynamodb.amazonaws.com")
            .build();

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    /** A stream record with every field AWS sends on a NEW_AND_OLD_IMAGES stream (API reference, Record). */
    private static Record awsRecord(String eventName, Identity identity, String sessionId, long sequence) {
        Map<String, AttributeValue> key =
                Map.of("userId", AttributeValue.fromS("ana"), "sessionId", AttributeValue.fromS(sessionId));
        Map<String, AttributeValue> item = TimeToLive.session("ana", sessionId, NOW.minusSeconds(60));
        StreamRecord.Builder change = StreamRecord.builder()
                .approximateCreationDateTime(NOW)
                .keys(key)
                .sequenceNumber(String.format("%021d", sequence))
                .sizeBytes(60L)
                .streamViewType(StreamViewType.NEW_AND_OLD_IMAGES);
        switch (eventName) {
            case "INSERT" -> change.newImage(item);
            case "MODIFY" -> change.newImage(item).oldImage(item);
            default -> change.oldImage(item); // REMOVE, and whatever a future API may send
        }
        return Record.builder()
                .eventID("e-" + sequence)
                .eventName(eventName)
                .eventVersion("1.1")
                .eventSource("aws:dynamodb")
                .awsRegion("us-east-1")
                .userIdentity(identity)
                .dynamodb(change.build())
                .build();
    }

    @Test
    @DisplayName("AWS's shape: a REMOVE by Service dynamodb.amazonaws.com is TTL; any other REMOVE is a user's delete")
    void awsShape() {
        Identity otherService = Identity.builder()
                .type("Service")
                .principalId("lambda.amazonaws.com")
                .build();
        Identity notAService = Identity.builder()
                .type("User")
                .principalId("dynamodb.amazonaws.com")
                .build();

        assertThat(TtlDeletes.deletion(awsRecord("REMOVE", DYNAMODB_SERVICE, "s1", 1)))
                .isEqualTo(Deletion.TTL);
        // A DeleteItem carries no identity; nor does a TTL delete replicated to another Region of a global table.
        assertThat(TtlDeletes.deletion(awsRecord("REMOVE", null, "s1", 2))).isEqualTo(Deletion.USER);
        assertThat(TtlDeletes.deletion(awsRecord("REMOVE", otherService, "s1", 3)))
                .isEqualTo(Deletion.USER);
        assertThat(TtlDeletes.deletion(awsRecord("REMOVE", notAService, "s1", 4)))
                .isEqualTo(Deletion.USER);
        assertThat(TtlDeletes.deletion(awsRecord("INSERT", null, "s1", 5))).isEqualTo(Deletion.NONE);
        assertThat(TtlDeletes.deletion(awsRecord("MODIFY", DYNAMODB_SERVICE, "s1", 6)))
                .isEqualTo(Deletion.NONE);
    }

    @Test
    @DisplayName("an event type the code does not know is not a deletion, even with the service's identity:"
            + " nothing is archived")
    void unknownEventTypes(DynamoDbClient client) {
        RecordingClient recorder = RecordingClient.of(client);
        List<Record> unknown = List.of(
                awsRecord("EXPIRE", DYNAMODB_SERVICE, "s1", 1),
                awsRecord("UNKNOWN_TO_SDK_VERSION", null, "s2", 2),
                awsRecord("ARCHIVE", DYNAMODB_SERVICE, "s3", 3));

        assertThat(unknown).extracting(TtlDeletes::deletion).containsOnly(Deletion.NONE);
        assertThat(TtlDeletes.archiveExpired(recorder.client(), "Archive", unknown))
                .isZero();
        assertThat(recorder.calls()).isEmpty(); // not one write was sent
    }

    @Test
    @DisplayName("of records in AWS's shape, only the TTL deletion is archived, with the item it held")
    void archivesOnlyTtlDeletes(DynamoDbClient client, Tables tables) {
        String archive = tables.reserve("Archive");
        tables.createAndWait(TimeToLive.sessionsTable(archive));
        List<Record> records = List.of(
                awsRecord("INSERT", null, "s-new", 1),
                awsRecord("REMOVE", null, "s-logout", 2),
                awsRecord("REMOVE", DYNAMODB_SERVICE, "s-expired", 3),
                awsRecord("MODIFY", null, "s-renewed", 4));

        RecordingClient recorder = RecordingClient.of(client);

        int archived = TtlDeletes.archiveExpired(recorder.client(), archive, records);

        assertThat(archived).isOne();
        assertThat(recorder.requests(PutItemRequest.class))
                .singleElement()
                .satisfies(put -> assertThat(put.tableName()).isEqualTo(archive));
        assertThat(TimeToLiveTest.sessionIds(client, archive)).containsExactly("s-expired");
        assertThat(client.getItem(b -> b.tableName(archive)
                                .key(Map.of(
                                        "userId", AttributeValue.fromS("ana"),
                                        "sessionId", AttributeValue.fromS("s-expired"))))
                        .item())
                .isEqualTo(records.get(2).dynamodb().oldImage());
    }

    @Test
    @DisplayName("archiving a TTL deletion without the old item is refused with the view types that carry it")
    void archiveNeedsOldImages(DynamoDbClient client) {
        Record keysOnly = awsRecord("REMOVE", DYNAMODB_SERVICE, "s1", 1).toBuilder()
                .dynamodb(StreamRecord.builder()
                        .keys(Map.of("userId", AttributeValue.fromS("ana")))
                        .streamViewType(StreamViewType.KEYS_ONLY)
                        .build())
                .build();

        assertThatThrownBy(() -> TtlDeletes.archiveExpired(client, "Archive", List.of(keysOnly)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("OLD_IMAGE or NEW_AND_OLD_IMAGES");
    }

    @Test
    @Tag("ttl") // UpdateTimeToLive
    @Tag("streams") // reads the TTL delete from the table's stream
    @Tag("local-differs") // DynamoDB Local 3.3.1's TTL record is not a REMOVE and carries no userIdentity
    @DisplayName("DynamoDB Local differs (measured): its TTL record is EXPIRE in-process or UNKNOWN_TO_SDK_VERSION over"
            + " HTTP, without userIdentity, so the AWS check rightly archives nothing")
    void whatDynamoDbLocalSends(
            DynamoDbBackend backend, DynamoDbClient client, DynamoDbStreamsClient streams, Tables tables) {
        String table = tables.reserve("Sessions");
        tables.createAndWait(TimeToLive.sessionsTable(table));
        String arn = StreamViewTypes.enableStream(client, table, StreamViewType.NEW_AND_OLD_IMAGES);
        String archive = tables.reserve("Archive");
        tables.createAndWait(TimeToLive.sessionsTable(archive));
        Instant now = Instant.now();
        Map<String, AttributeValue> expired = TimeToLive.session("ana", "expired", now.minusSeconds(30));
        client.putItem(b -> b.tableName(table).item(expired));
        client.putItem(b -> b.tableName(table).item(TimeToLive.session("ana", "logout", now.plusSeconds(3600))));
        client.deleteItem(b -> b.tableName(table)
                .key(Map.of("userId", AttributeValue.fromS("ana"), "sessionId", AttributeValue.fromS("logout"))));
        TimeToLive.enable(client, table, TimeToLive.TTL_ATTRIBUTE);
        List<Record> records = new ArrayList<>();
        StreamPoller poller =
                new StreamPoller(streams, arn, new InMemoryCheckpoints(), ShardIteratorType.TRIM_HORIZON, 100);

        // Wait for the TTL deletion to reach the stream (DynamoDB Local: about a second).
        await().atMost(Duration.ofSeconds(25))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> {
                    poller.poll((shard, batch) -> {
                        records.addAll(batch);
                        return batch.size();
                    });
                    return records.size() == 4;
                });
        int archived = TtlDeletes.archiveExpired(client, archive, records);

        String localTtlEvent = backend.kind() == Backend.EMBEDDED ? "EXPIRE" : "UNKNOWN_TO_SDK_VERSION";
        assertThat(records)
                .extracting(r -> r.eventNameAsString() + " "
                        + r.dynamodb().keys().get("sessionId").s() + " -> " + TtlDeletes.deletion(r))
                .containsExactly(
                        "INSERT expired -> NONE",
                        "INSERT logout -> NONE",
                        "REMOVE logout -> USER",
                        localTtlEvent + " expired -> NONE");
        assertThat(records).allSatisfy(r -> assertThat(r.userIdentity()).isNull());
        assertThat(records.get(3).dynamodb().oldImage()).isEqualTo(expired); // the item TTL deleted is there
        assertThat(archived).isZero();
        assertThat(TimeToLiveTest.sessionIds(client, archive)).isEmpty();
    }
}
