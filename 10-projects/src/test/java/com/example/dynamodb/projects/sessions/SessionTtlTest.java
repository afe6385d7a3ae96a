package com.example.dynamodb.projects.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

/** TTL on the real clock: DynamoDB Local runs a deletion job about once a second. */
@DynamoDbTest
class SessionTtlTest {

    @Test
    @DisplayName("the table has TTL enabled on expiresAt")
    void ttlEnabled(DynamoDbClient client, Tables tables) {
        String table = SessionsTable.create(tables, client, "Sessions");

        assertThat(client.describeTimeToLive(b -> b.tableName(table)).timeToLiveDescription())
                .satisfies(d -> assertThat(d.timeToLiveStatus()).isEqualTo(TimeToLiveStatus.ENABLED))
                .satisfies(d -> assertThat(d.attributeName()).isEqualTo("expiresAt"));
    }

    @Test
    @DisplayName("on DynamoDB Local, TTL really deletes a session item after its expiresAt has passed")
    void ttlDeletesExpiredSessions(DynamoDbClient client, Tables tables) {
        String table = SessionsTable.create(tables, client, "Sessions");
        Clock clock = Clock.systemUTC();
        SessionPolicy oneSecond = new SessionPolicy(Duration.ofSeconds(1), Duration.ofSeconds(1));
        Session shortLived = SessionStore.create(client, table, clock, oneSecond, "ada");
        Session longLived = SessionStore.create(client, table, clock, SessionPolicy.standard(), "ada");

        // Awaited, never slept: DynamoDB Local deletes it about a second after it expires (AWS: within days).
        await().atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> !client.getItem(b -> b.tableName(table).key(Session.key(shortLived.token())))
                        .hasItem());

        assertThat(client.getItem(b -> b.tableName(table).key(Session.key(longLived.token())))
                        .hasItem())
                .isTrue();
        assertThat(clock.instant().getEpochSecond()).isGreaterThanOrEqualTo(shortLived.expiresAt());
    }
}
