package com.example.dynamodb.advanced;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.example.dynamodb.advanced.TtlDeletes.Deletion;
import com.example.dynamodb.support.Backend;
import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Identity;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamRecord;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

@DynamoDbTest
class TtlDeletesTest {

    private static Record record(String eventName, Identity identity, Map<String, AttributeValue> oldImage) {
        return Record.builder()
                .eventName(eventName)
                .userIdentity(identity)
                .dynamodb(StreamRecord.builder()
                        .keys(OrdersTable.key("c1", "o1"))
                        .oldImage(oldImage)
                        .build())
                .build();
    }

    private static final Identity DYNAMODB_SERVICE = Identity.builder()
            .type("Service")
            .principalId("dynamodb.amazonaws.com")
            .build();

    @Test
    @DisplayName(
            "on DynamoDB Local, a TTL deletion is told from a user's delete, and only the expired item is archived")
    void classifyAndArchiveRealRecords(
            DynamoDbBackend backend, DynamoDbClient client, DynamoDbStreamsClient streams, Tables tables) {
        String table = tables.reserve("Sessions");
        tables.createAndWait(SessionsTable.definition(table));
        String archive = tables.reserve("Archive");
        tables.createAndWait(SessionsTable.definition(archive));
        Instant now = Instant.now();
        Map<String, AttributeValue> expired = SessionsTable.session("ana", "expired", now.minusSeconds(30));
        client.putItem(b -> b.tableName(table).item(expired));
        client.putItem(b -> b.tableName(table).item(SessionsTable.session("ana", "logout", now.plusSeconds(3600))));
        client.deleteItem(b -> b.tableName(table)
                .key(Map.of("userId", AttributeValue.fromS("ana"), "sessionId", AttributeValue.fromS("logout"))));
        TimeToLive.enable(client, table, TimeToLive.TTL_ATTRIBUTE);
        String arn = TtlDeletes.streamArn(client, table);
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

        assertThat(records)
                .extracting(r -> r.eventNameAsString() + " "
                        + r.dynamodb().keys().get("sessionId").s() + " -> " + TtlDeletes.deletion(r))
                .containsExactly(
                        "INSERT expired -> NONE",
                        "INSERT logout -> NONE",
                        "REMOVE logout -> USER",
                        // DynamoDB Local's own event name for a TTL deletion, which differs per backend.
                        (backend.kind() == Backend.EMBEDDED ? "EXPIRE" : "UNKNOWN_TO_SDK_VERSION") + " expired -> TTL");
        assertThat(records).allSatisfy(r -> assertThat(r.userIdentity()).isNull()); // measured on Local 3.3.1
        assertThat(archived).isOne();
        assertThat(TtlDeletes.sessionIds(client, archive)).containsExactly("expired");
        assertThat(client.getItem(b -> b.tableName(archive)
                                .key(Map.of(
                                        "userId", AttributeValue.fromS("ana"),
                                        "sessionId", AttributeValue.fromS("expired"))))
                        .item())
                .isEqualTo(expired);
    }

    @Test
    @DisplayName("the event names DynamoDB Local uses for a TTL deletion count as TTL on either backend")
    void localShapes() {
        assertThat(TtlDeletes.deletion(record("EXPIRE", null, null))).isEqualTo(Deletion.TTL); // in-process
        assertThat(TtlDeletes.deletion(record("UNKNOWN_TO_SDK_VERSION", null, null))) // HTTP server
                .isEqualTo(Deletion.TTL);
    }

    @Test
    @DisplayName("AWS's documented shape: a REMOVE by the DynamoDB service is TTL, any other REMOVE a user's delete")
    void awsShape() {
        Identity someoneElse = Identity.builder()
                .type("Service")
                .principalId("lambda.amazonaws.com")
                .build();

        assertThat(TtlDeletes.deletion(record("REMOVE", DYNAMODB_SERVICE, null)))
                .isEqualTo(Deletion.TTL);
        assertThat(TtlDeletes.deletion(record("REMOVE", null, null))).isEqualTo(Deletion.USER);
        assertThat(TtlDeletes.deletion(record("REMOVE", someoneElse, null))).isEqualTo(Deletion.USER);
        assertThat(TtlDeletes.deletion(record("INSERT", null, null))).isEqualTo(Deletion.NONE);
        assertThat(TtlDeletes.deletion(record("MODIFY", DYNAMODB_SERVICE, null)))
                .isEqualTo(Deletion.NONE);
    }

    @Test
    @DisplayName("archiving a TTL deletion without the old item is refused with the view types that carry it")
    void archiveNeedsOldImages(DynamoDbClient client) {
        Record keysOnly = record("REMOVE", DYNAMODB_SERVICE, null);

        assertThatThrownBy(() -> TtlDeletes.archiveExpired(client, "Archive", List.of(keysOnly)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("OLD_IMAGE or NEW_AND_OLD_IMAGES");
    }
}
