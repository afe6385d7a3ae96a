package com.example.dynamodb.projects.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.dynamodb.projects.TestTables;
import com.example.dynamodb.projects.TestTimes;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.MutableClock;
import com.example.dynamodb.support.Tables;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@DynamoDbTest
class SessionStoreTest {

    // 30 minutes idle, 2 hours at most. The clocks start tomorrow: TTL (on the real clock) leaves the items alone.
    static final SessionPolicy POLICY = new SessionPolicy(Duration.ofMinutes(30), Duration.ofHours(2));

    static Map<String, AttributeValue> rawItem(DynamoDbClient client, String table, Session session) {
        return client.getItem(b ->
                        b.tableName(table).key(Session.key(session.token())).consistentRead(true))
                .item();
    }

    @Test
    @DisplayName("a new session is readable by its token and expires idleTimeout after login, in epoch seconds")
    void createAndRead(DynamoDbClient client, Tables tables) {
        String table = TestTables.sessionsWithoutTtl(tables);
        MutableClock clock = new MutableClock(TestTimes.tomorrowAt(9, 0));

        Session session = SessionStore.create(client, table, clock, POLICY, "ada");

        assertThat(session.expiresAt()).isEqualTo(clock.instant().getEpochSecond() + 30 * 60);
        SessionToken token = SessionToken.parse(session.token().toString());
        assertThat(SessionStore.read(client, table, clock, token)).hasValue(session);
        assertThat(rawItem(client, table, session).get("expiresAt").n()).isEqualTo(Long.toString(session.expiresAt()));
    }

    @Test
    @DisplayName("once expiresAt has passed the session is not returned, though the item is still in the table")
    void expiredIsFilteredBeforeTtl(DynamoDbClient client, Tables tables) {
        String table = TestTables.sessionsWithoutTtl(tables);
        MutableClock clock = new MutableClock(TestTimes.tomorrowAt(9, 0));
        Session session = SessionStore.create(client, table, clock, POLICY, "ada");

        clock.advance(Duration.ofMinutes(29).plusSeconds(59));
        assertThat(SessionStore.read(client, table, clock, session.token())).isPresent();
        clock.advance(Duration.ofSeconds(1)); // exactly expiresAt: expired

        assertThat(SessionStore.read(client, table, clock, session.token())).isEmpty();
        assertThat(rawItem(client, table, session)).isNotEmpty();
    }

    @Test
    @DisplayName("a request with more than half the idle time left does not write")
    void noSlideWhenFresh(DynamoDbClient client, Tables tables) {
        String table = TestTables.sessionsWithoutTtl(tables);
        MutableClock clock = new MutableClock(TestTimes.tomorrowAt(9, 0));
        Session session = SessionStore.create(client, table, clock, POLICY, "ada");
        clock.advance(Duration.ofMinutes(14)); // 16 minutes left

        assertThat(SessionStore.authenticate(client, table, clock, POLICY, session.token()))
                .hasValue(session);
        assertThat(Session.fromItem(rawItem(client, table, session))).isEqualTo(session);
    }

    @Test
    @DisplayName("a request with less than half the idle time left slides expiresAt to now + idleTimeout")
    void slidesWhenHalfUsed(DynamoDbClient client, Tables tables) {
        String table = TestTables.sessionsWithoutTtl(tables);
        MutableClock clock = new MutableClock(TestTimes.tomorrowAt(9, 0));
        Session session = SessionStore.create(client, table, clock, POLICY, "ada");
        clock.advance(Duration.ofMinutes(16)); // 14 minutes left
        long now = clock.instant().getEpochSecond();

        Session slid = SessionStore.authenticate(client, table, clock, POLICY, session.token())
                .orElseThrow();

        assertThat(slid.expiresAt()).isEqualTo(now + 30 * 60);
        assertThat(slid.lastSeenAt()).isEqualTo(now);
        assertThat(Session.fromItem(rawItem(client, table, session))).isEqualTo(slid);
    }

    @Test
    @DisplayName("sliding never takes a session past its max lifetime, and then it ends")
    void maxLifetimeCaps(DynamoDbClient client, Tables tables) {
        String table = TestTables.sessionsWithoutTtl(tables);
        MutableClock clock = new MutableClock(TestTimes.tomorrowAt(9, 0));
        Session session = SessionStore.create(client, table, clock, POLICY, "ada");
        long loginAt = session.createdAt();

        for (int minute = 20; minute <= 120; minute += 20) { // a busy user, every 20 minutes
            clock.advance(Duration.ofMinutes(20));
            SessionStore.authenticate(client, table, clock, POLICY, session.token());
        }

        assertThat(Session.fromItem(rawItem(client, table, session)).expiresAt())
                .isEqualTo(loginAt + 2 * 3600);
        assertThat(SessionStore.read(client, table, clock, session.token())).isEmpty();
    }

    @Test
    @DisplayName("an expired session cannot be slid back to life: the condition refuses it")
    void expiredCannotSlide(DynamoDbClient client, Tables tables) {
        String table = TestTables.sessionsWithoutTtl(tables);
        MutableClock clock = new MutableClock(TestTimes.tomorrowAt(9, 0));
        Session session = SessionStore.create(client, table, clock, POLICY, "ada");
        clock.advance(Duration.ofMinutes(31));

        assertThat(SessionStore.slide(client, table, clock, POLICY, session)).isEmpty();
        assertThat(Session.fromItem(rawItem(client, table, session))).isEqualTo(session);
    }

    @Test
    @DisplayName("logout deletes the session; a second logout finds nothing")
    void logout(DynamoDbClient client, Tables tables) {
        String table = TestTables.sessionsWithoutTtl(tables);
        MutableClock clock = new MutableClock(TestTimes.tomorrowAt(9, 0));
        Session session = SessionStore.create(client, table, clock, POLICY, "ada");

        assertThat(SessionStore.logout(client, table, session.token())).isTrue();
        assertThat(SessionStore.read(client, table, clock, session.token())).isEmpty();
        assertThat(SessionStore.logout(client, table, session.token())).isFalse();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @NullSource
    @ValueSource(strings = {"", "ada", "ada.", ".AAAAAAAAAAAAAAAAAAAAAA", "Ada.AAAAAAAAAAAAAAAAAAAAAA", "ada.short"})
    @DisplayName("a malformed token is refused with one sentence, before any request")
    void malformedTokens(String token) {
        assertThatThrownBy(() -> SessionToken.parse(token))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Not a session token issued by this service");
    }

    @Test
    @DisplayName("a session policy whose max lifetime is shorter than its idle timeout is refused")
    void badPolicy() {
        assertThatThrownBy(() -> new SessionPolicy(Duration.ofHours(1), Duration.ofMinutes(10)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be at least idleTimeout");
    }
}
