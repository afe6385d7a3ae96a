package com.example.dynamodb.projects.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

/** TTL on the real clock: DynamoDB Local runs a deletion job about once a second. */
@DynamoDbTest
class SessionTtlTest {

    @Test
    @Tag("local-differs") // DynamoDB Local 3.3.1: ENABLED at once; AWS: ENABLING first, for up to an hour
    @Tag("ttl") // UpdateTimeToLive
    @DisplayName("the table has TTL enabled on expiresAt")
    void ttlEnabled(DynamoDbClient client, Tables tables) {
        String table = SessionsTable.create(tables, client, "Sessions");

        assertThat(client.describeTimeToLive(b -> b.tableName(table)).timeToLiveDescription())
                .satisfies(d -> assertThat(d.timeToLiveStatus()).isEqualTo(TimeToLiveStatus.ENABLED))
                .satisfies(d -> assertThat(d.attributeName()).isEqualTo("expiresAt"));
    }

    @Test
    @Tag("local-differs") // DynamoDB Local 3.3.1 deletes within seconds; AWS within a few days
    @Tag("ttl") // UpdateTimeToLive, and the expired item deleted
    @DisplayName("on DynamoDB Local, TTL really deletes an expired session item, and leaves a live one")
    void ttlDeletesExpiredSessions(DynamoDbClient client, Tables tables) {
        String table = tables.reserve("Sessions");
        tables.createAndWait(SessionsTable.definition(table));
        Clock anHourAgo = Clock.offset(Clock.systemUTC(), Duration.ofHours(-1));
        Session expired = SessionStore.create(client, table, anHourAgo, SessionPolicy.standard(), "ada");
        Session live = SessionStore.create(client, table, Clock.systemUTC(), SessionPolicy.standard(), "ada");
        // TTL switched on after the writes: DynamoDB Local's TTL job scans a table, then pauses 10 s,
        // so its first scan, right after TTL is enabled, is the one that finds the expired item.
        SessionsTable.enableTtl(client, table);

        // Awaited, never slept (AWS deletes within days; DynamoDB Local within about 11 s at most).
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> !client.getItem(b -> b.tableName(table).key(Session.key(expired.token())))
                        .hasItem());

        assertThat(client.getItem(b -> b.tableName(table).key(Session.key(live.token())))
                        .hasItem())
                .isTrue();
        assertThat(expired.expiresAt()).isLessThan(Clock.systemUTC().instant().getEpochSecond());
    }
}
