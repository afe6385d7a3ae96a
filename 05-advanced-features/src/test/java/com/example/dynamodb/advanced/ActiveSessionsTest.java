package com.example.dynamodb.advanced;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@DynamoDbTest
class ActiveSessionsTest {

    private static List<String> ids(List<Map<String, AttributeValue>> items) {
        return items.stream().map(i -> i.get("sessionId").s()).sorted().toList();
    }

    @Test
    @DisplayName(
            "readers keep a session only while expiresAt > now, by the injected clock; one without expiresAt stays")
    void readersFilterByClock(DynamoDbClient client, Tables tables) {
        String table = tables.reserve("Sessions");
        tables.createAndWait(TimeToLive.sessionsTable(table)); // TTL not enabled: only the filter decides here
        // Now, to the second (TTL's unit), and expiries around it: no date the tests could outlive.
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        client.putItem(b -> b.tableName(table).item(TimeToLive.session("ana", "ended", now.minusSeconds(1))));
        client.putItem(b -> b.tableName(table).item(TimeToLive.session("ana", "ends-now", now)));
        client.putItem(b -> b.tableName(table).item(TimeToLive.session("ana", "open", now.plusSeconds(1))));
        client.putItem(b -> b.tableName(table)
                .item(Map.of("userId", AttributeValue.fromS("ana"), "sessionId", AttributeValue.fromS("forever"))));
        client.putItem(b -> b.tableName(table).item(TimeToLive.session("bob", "other-user", now.plusSeconds(60))));

        Clock atNow = Clock.fixed(now, ZoneOffset.UTC);
        Clock anHourLater = Clock.offset(atNow, Duration.ofHours(1));

        assertThat(ids(ActiveSessions.activeSessions(client, table, "ana", atNow)))
                .containsExactly("forever", "open");
        assertThat(ids(ActiveSessions.activeSessions(client, table, "ana", anHourLater)))
                .containsExactly("forever");
        // All four are still stored: filtering hides expired items, it does not delete them.
        assertThat(client.query(b -> b.tableName(table)
                                .keyConditionExpression("userId = :u")
                                .expressionAttributeValues(Map.of(":u", AttributeValue.fromS("ana"))))
                        .count())
                .isEqualTo(4);
    }
}
