package com.example.dynamodb.advanced;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

@DynamoDbTest
class TimeToLiveTest {

    private static String sessions(Tables tables) {
        String table = tables.reserve("Sessions");
        tables.createAndWait(TimeToLive.sessionsTable(table));
        return table;
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

    static List<String> sessionIds(DynamoDbClient client, String table) {
        return client.scanPaginator(b -> b.tableName(table).consistentRead(true)).items().stream()
                .map(i -> i.get("sessionId").s())
                .sorted()
                .toList();
    }

    @Test
    @Tag("local-differs") // DynamoDB Local 3.3.1 is ENABLED at once; AWS is ENABLING first, for up to an hour
    @Tag("ttl") // UpdateTimeToLive
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
        Instant expiry = Instant.parse("2025-01-01T00:00:00Z"); // a conversion only: no table, no clock

        assertThat(TimeToLive.expiresAt(expiry)).isEqualTo(AttributeValue.fromN("1735689600"));
        assertThatThrownBy(() -> TimeToLive.ttlValue(expiry.toEpochMilli()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("got 1735689600000, which looks like milliseconds")
                .hasMessageContaining("never delete the item");
        assertThatThrownBy(() -> TimeToLive.ttlValue(0)).hasMessageContaining("epoch seconds");
        assertThatThrownBy(() -> TimeToLive.ttlValue(-1)).hasMessageEndingWith("got -1.");
    }

    @Test
    @Tag("local-differs") // DynamoDB Local 3.3.1 deletes within seconds; AWS within a few days
    @Tag("ttl") // UpdateTimeToLive, and expired items deleted
    @DisplayName("DynamoDB Local really deletes an expired item; milliseconds and dates over five years old are never"
            + " deleted")
    void realDeletion(DynamoDbClient client, Tables tables) {
        String table = sessions(tables);
        Instant now = Instant.now();
        client.putItem(b -> b.tableName(table).item(TimeToLive.session("ana", "expired", now.minusSeconds(60))));
        client.putItem(b -> b.tableName(table).item(TimeToLive.session("ana", "future", now.plusSeconds(3600))));
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
        assertThat(sessionIds(client, table)).containsExactly("future", "millis", "six-years-ago");
    }
}
