package com.example.dynamodb.projects.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.dynamodb.projects.TestTables;
import com.example.dynamodb.projects.TestTimes;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.MutableClock;
import com.example.dynamodb.support.Tables;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

@DynamoDbTest
class UserSessionsTest {

    static final SessionPolicy POLICY = SessionStoreTest.POLICY;

    @Test
    @DisplayName("a user's active sessions are the unexpired ones of that user only")
    void activeSessions(DynamoDbClient client, Tables tables) {
        String table = TestTables.sessionsWithoutTtl(tables);
        MutableClock clock = new MutableClock(TestTimes.tomorrowAt(9, 0));
        Session old = SessionStore.create(client, table, clock, POLICY, "ada");
        clock.advance(Duration.ofMinutes(20));
        Session laptop = SessionStore.create(client, table, clock, POLICY, "ada");
        Session phone = SessionStore.create(client, table, clock, POLICY, "ada");
        SessionStore.create(client, table, clock, POLICY, "grace");
        clock.advance(Duration.ofMinutes(15)); // the first one expired 5 minutes ago

        assertThat(UserSessions.active(client, table, clock, "ada")).containsExactlyInAnyOrder(laptop, phone);
        assertThat(SessionStore.read(client, table, clock, old.token())).isEmpty();
    }

    @Test
    @DisplayName("revokeAll deletes every session of the user, expired ones too, and nobody else's")
    void revokeAll(DynamoDbClient client, Tables tables) {
        String table = TestTables.sessionsWithoutTtl(tables);
        MutableClock clock = new MutableClock(TestTimes.tomorrowAt(9, 0));
        SessionStore.create(client, table, clock, POLICY, "ada");
        clock.advance(Duration.ofHours(1));
        for (int i = 0; i < 3; i++) {
            SessionStore.create(client, table, clock, POLICY, "ada");
        }
        Session grace = SessionStore.create(client, table, clock, POLICY, "grace");

        assertThat(UserSessions.revokeAll(client, table, "ada")).isEqualTo(4);

        assertThat(client.scanPaginator(b -> b.tableName(table)).items())
                .extracting(i -> i.get("userId").s())
                .containsExactly("grace");
        assertThat(UserSessions.active(client, table, clock, "grace")).containsExactly(grace);
    }

    @Test
    @DisplayName("a bad user id is refused before any request")
    void badUserId(DynamoDbClient client) {
        assertThatThrownBy(() ->
                        UserSessions.active(client, "Sessions", new MutableClock(TestTimes.tomorrowAt(0, 0)), "A#B"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("user id 'A#B' must be 1 to 64 lower-case letters, digits, '_' or '-'");
    }
}
