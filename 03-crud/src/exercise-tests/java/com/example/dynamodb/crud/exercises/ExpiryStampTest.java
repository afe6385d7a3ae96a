package com.example.dynamodb.crud.exercises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Exercise 03.3: what "done" means for {@link ExpiryStamp}, checked on the raw items. */
@DynamoDbTest
@DisplayName("Exercise 03.3 Expiry stamp")
class ExpiryStampTest {

    private static final Instant NINE = Instant.parse("2026-11-01T09:00:00Z");
    private static final Duration HALF_AN_HOUR = Duration.ofMinutes(30);
    private static final String NINE_THIRTY = "1793525400"; // 2026-11-01T09:30:00Z in epoch seconds
    private static final String TEN_THIRTY = "1793529000"; // 2026-11-01T10:30:00Z

    private DynamoDbClient client;
    private String table;

    @BeforeEach
    void createTable(DynamoDbClient client, DynamoDbEnhancedClient enhanced, Tables tables) {
        this.client = client;
        this.table = tables.reserve("Sessions");
        enhanced.table(table, TableSchema.fromBean(Session.class)).createTable();
    }

    private DynamoDbTable<Session> sessionsAt(Instant now) {
        DynamoDbEnhancedClient enhanced = DynamoDbEnhancedClient.builder()
                .dynamoDbClient(client)
                .extensions(new ExpiryStamp(Clock.fixed(now, ZoneOffset.UTC), HALF_AN_HOUR))
                .build();
        return enhanced.table(table, TableSchema.fromBean(Session.class));
    }

    private Map<String, AttributeValue> stored(String sessionId) {
        return client.getItem(b -> b.tableName(table)
                        .key(Map.of("sessionId", AttributeValue.fromS(sessionId)))
                        .consistentRead(true))
                .item();
    }

    private static Session session(String id, Long expiresAt) {
        Session session = new Session();
        session.setSessionId(id);
        session.setUserName("ada");
        session.setExpiresAt(expiresAt);
        return session;
    }

    @Test
    @DisplayName("a put is stamped with now + lifetime as a Number of epoch SECONDS, and nothing else changes")
    void putIsStamped() {
        sessionsAt(NINE).putItem(session("s-1", null));

        assertThat(stored("s-1"))
                .isEqualTo(Map.of(
                        "sessionId", AttributeValue.fromS("s-1"),
                        "userName", AttributeValue.fromS("ada"),
                        "expiresAt", AttributeValue.fromN(NINE_THIRTY)));
    }

    @Test
    @DisplayName("an expiresAt the caller chose is kept")
    void chosenExpiryKept() {
        sessionsAt(NINE).putItem(session("s-2", 1_798_070_400L)); // Christmas Eve 2026

        assertThat(stored("s-2")).containsEntry("expiresAt", AttributeValue.fromN("1798070400"));
    }

    @Test
    @DisplayName(
            "an update an hour later stamps again: a null expiresAt in the bean extends the session, not removes it")
    void updateSlides() {
        sessionsAt(NINE).putItem(session("s-3", null));

        sessionsAt(NINE.plusSeconds(3600)).updateItem(session("s-3", null)); // nulls not ignored: NULL arrives

        assertThat(stored("s-3")).containsEntry("expiresAt", AttributeValue.fromN(TEN_THIRTY));
    }

    @Test
    @DisplayName("a missing clock and a lifetime that is zero or negative are refused with a sentence")
    void badSettingsRefused() {
        Clock clock = Clock.fixed(NINE, ZoneOffset.UTC);

        assertThatThrownBy(() -> new ExpiryStamp(clock, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lifetime");
        assertThatThrownBy(() -> new ExpiryStamp(clock, Duration.ofMinutes(-5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lifetime");
        assertThatThrownBy(() -> new ExpiryStamp(null, HALF_AN_HOUR))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("clock");
    }

    /** A login session: its id, its user and the moment it may be deleted. */
    @DynamoDbBean
    public static class Session {
        private String sessionId;
        private String userName;
        private Long expiresAt;

        @DynamoDbPartitionKey
        public String getSessionId() {
            return sessionId;
        }

        public void setSessionId(String sessionId) {
            this.sessionId = sessionId;
        }

        public String getUserName() {
            return userName;
        }

        public void setUserName(String userName) {
            this.userName = userName;
        }

        public Long getExpiresAt() {
            return expiresAt;
        }

        public void setExpiresAt(Long expiresAt) {
            this.expiresAt = expiresAt;
        }
    }
}
