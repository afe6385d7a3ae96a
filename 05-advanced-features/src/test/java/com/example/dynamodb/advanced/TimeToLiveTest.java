package com.example.dynamodb.advanced;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.example.dynamodb.support.Backend;
import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

@DynamoDbTest
class TimeToLiveTest {

    private static final Instant NOW = Instant.parse("2030-06-01T12:00:00Z");

    private static String sessions(Tables tables) {
        String table = tables.reserve("Sessions");
        tables.createAndWait(SessionsTable.definition(table));
        return table;
    }

    private static List<String> ids(List<Map<String, AttributeValue>> items) {
        return items.stream().map(i -> i.get("sessionId").s()).sorted().toList();
    }

    private static Map<String, AttributeValue> rawSession(String sessionId, long ttlValue) {
        return Map.of(
                "userId",
                AttributeValue.fromS("ana"),
                "sessionId",
                AttributeValue.fromS(sessionId),
                TimeToLive.TTL_ATTRIBUTE,
                AttributeValue.fromN(Long.toString(ttlValue)));
    }

    @Test
    @DisplayName("TTL is off on a new table; UpdateTimeToLive turns it on for the named attribute")
    void enableAndDescribe(DynamoDbClient client, Tables tables) {
        String table = sessions(tables);
        assertThat(TimeToLive.describe(client, table).timeToLiveStatus()).isEqualTo(TimeToLiveStatus.DISABLED);

        TimeToLive.enable(client, table, TimeToLive.TTL_ATTRIBUTE);

        assertThat(TimeToLive.describe(client, table)).satisfies(d -> {
            // DynamoDB Local switches at once; AWS reports ENABLING first, for up to an hour.
            assertThat(d.timeToLiveStatus()).isEqualTo(TimeToLiveStatus.ENABLED);
            assertThat(d.attributeName()).isEqualTo("expiresAt");
        });
    }

    @Test
    @DisplayName("an expiry becomes epoch seconds; a milliseconds value is refused with a message that says so")
    void secondsNotMilliseconds() {
        Instant expiry = Instant.parse("2030-01-01T00:00:00Z");

        assertThat(TimeToLive.expiresAt(expiry)).isEqualTo(AttributeValue.fromN("1893456000"));
        assertThatThrownBy(() -> TimeToLive.ttlValue(expiry.toEpochMilli()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("got 1893456000000, which looks like milliseconds")
                .hasMessageContaining("never delete the item");
        assertThatThrownBy(() -> TimeToLive.ttlValue(0)).hasMessageContaining("epoch seconds");
    }

    @Test
    @DisplayName(
            "readers keep a session only while expiresAt > now, by the injected clock; one without expiresAt stays")
    void readersFilterByClock(DynamoDbClient client, Tables tables) {
        String table = sessions(tables); // TTL not enabled: only the filter decides here
        client.putItem(b -> b.tableName(table).item(SessionsTable.session("ana", "ended", NOW.minusSeconds(1))));
        client.putItem(b -> b.tableName(table).item(SessionsTable.session("ana", "ends-now", NOW)));
        client.putItem(b -> b.tableName(table).item(SessionsTable.session("ana", "open", NOW.plusSeconds(1))));
        client.putItem(b -> b.tableName(table)
                .item(Map.of("userId", AttributeValue.fromS("ana"), "sessionId", AttributeValue.fromS("forever"))));
        client.putItem(b -> b.tableName(table).item(SessionsTable.session("bob", "other-user", NOW.plusSeconds(60))));

        Clock now = Clock.fixed(NOW, ZoneOffset.UTC);
        Clock anHourLater = Clock.offset(now, Duration.ofHours(1));

        assertThat(ids(TimeToLive.activeSessions(client, table, "ana", now))).containsExactly("forever", "open");
        assertThat(ids(TimeToLive.activeSessions(client, table, "ana", anHourLater)))
                .containsExactly("forever");
        // All four are still stored: filtering hides expired items, it does not delete them.
        assertThat(client.query(b -> b.tableName(table)
                                .keyConditionExpression("userId = :u")
                                .expressionAttributeValues(Map.of(":u", AttributeValue.fromS("ana"))))
                        .count())
                .isEqualTo(4);
    }

    @Test
    @DisplayName("DynamoDB Local really deletes an expired item, with a TTL record holding the old item;"
            + " milliseconds and dates over five years old are never deleted")
    void realDeletion(DynamoDbBackend backend, DynamoDbClient client, DynamoDbStreamsClient streams, Tables tables) {
        String table = sessions(tables);
        Instant now = Instant.now();
        client.putItem(b -> b.tableName(table).item(SessionsTable.session("ana", "expired", now.minusSeconds(60))));
        client.putItem(b -> b.tableName(table).item(SessionsTable.session("ana", "future", now.plusSeconds(3600))));
        client.putItem(b -> b.tableName(table)
                .item(rawSession("millis", now.minusSeconds(60).toEpochMilli())));
        client.putItem(b -> b.tableName(table)
                .item(rawSession(
                        "six-years-ago", now.minus(Duration.ofDays(6 * 366)).getEpochSecond())));

        TimeToLive.enable(client, table, TimeToLive.TTL_ATTRIBUTE); // after the writes: the first sweep sees them
        Map<String, AttributeValue> expiredKey =
                Map.of("userId", AttributeValue.fromS("ana"), "sessionId", AttributeValue.fromS("expired"));
        // DynamoDB Local sweeps about a second after TTL is enabled, then every ten seconds (measured).
        await().atMost(Duration.ofSeconds(25))
                .pollInterval(Duration.ofMillis(50))
                .until(() ->
                        !client.getItem(b -> b.tableName(table).key(expiredKey)).hasItem());

        // The same sweep passed over the others: a milliseconds value is a date thousands of years
        // ahead, and DynamoDB ignores TTL values more than five years in the past.
        assertThat(TtlDeletes.sessionIds(client, table)).containsExactly("future", "millis", "six-years-ago");
        String arn = client.describeTable(b -> b.tableName(table)).table().latestStreamArn();
        List<Record> deletions = StreamViewTypes.records(streams, arn).stream()
                .filter(r -> !r.eventNameAsString().equals("INSERT"))
                .toList();
        assertThat(deletions).singleElement().satisfies(r -> {
            // AWS: REMOVE, with a service identity. DynamoDB Local: a name of its own, per backend.
            assertThat(r.eventNameAsString())
                    .isEqualTo(backend.kind() == Backend.EMBEDDED ? "EXPIRE" : "UNKNOWN_TO_SDK_VERSION");
            assertThat(TtlDeletes.deletion(r)).isEqualTo(TtlDeletes.Deletion.TTL);
            assertThat(r.dynamodb().oldImage())
                    .isEqualTo(SessionsTable.session("ana", "expired", now.minusSeconds(60)));
        });
    }
}
