package com.example.dynamodb.projects.sessions;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/**
 * A session store on one table with TTL. TTL deletes expired items eventually (on AWS typically
 * within a few days), so expiry is enforced on every read: an expired session is never returned,
 * whether or not TTL has removed it yet. The clock is a parameter, so tests can move time.
 */
public final class SessionStore {

    private SessionStore() {}

    // tag::create[]
    private static final SecureRandom RANDOM = new SecureRandom(); // one per process: seeding is slow
    /** Logs a user in: a new session with 128 random bits, expiring after the idle timeout. */
    public static Session create(
            DynamoDbClient client, String table, Clock clock, SessionPolicy policy, String userId) {
        SessionToken.requireUserId(userId);
        byte[] secret = new byte[16];
        RANDOM.nextBytes(secret);
        long now = clock.instant().getEpochSecond();
        Session session = new Session(
                userId,
                Base64.getUrlEncoder().withoutPadding().encodeToString(secret),
                now,
                now,
                now + policy.idleTimeout().toSeconds());
        client.putItem(b -> b.tableName(table)
                .item(session.toItem())
                .conditionExpression("attribute_not_exists(sessionId)")); // never overwrite a live session
        return session;
    }

    // end::create[]

    // tag::authenticate[]
    /** The session, only while it has not expired: TTL may not have deleted an expired item yet. */
    public static Optional<Session> read(DynamoDbClient client, String table, Clock clock, SessionToken token) {
        GetItemResponse response =
                client.getItem(b -> b.tableName(table).key(Session.key(token)).consistentRead(true));
        return response.hasItem()
                ? Optional.of(Session.fromItem(response.item()))
                        .filter(s -> !s.expiredAt(clock.instant().getEpochSecond()))
                : Optional.empty();
    }

    /** Sliding expiration: pushes expiresAt to now + idle (capped by the max lifetime) if still alive. */
    public static Optional<Session> slide(
            DynamoDbClient client, String table, Clock clock, SessionPolicy policy, Session session) {
        long now = clock.instant().getEpochSecond();
        long newExpiry = Math.min(
                now + policy.idleTimeout().toSeconds(),
                session.createdAt() + policy.maxLifetime().toSeconds());
        try {
            Map<String, AttributeValue> updated = client.updateItem(b -> b.tableName(table)
                            .key(Session.key(session.token()))
                            .updateExpression("SET expiresAt = :newExpiry, lastSeenAt = :now")
                            // Only a live session slides: an expired or logged-out one stays dead.
                            .conditionExpression("expiresAt > :now")
                            .expressionAttributeValues(Map.of(
                                    ":newExpiry", AttributeValue.fromN(Long.toString(newExpiry)),
                                    ":now", AttributeValue.fromN(Long.toString(now))))
                            .returnValues(ReturnValue.ALL_NEW))
                    .attributes();
            return Optional.of(Session.fromItem(updated));
        } catch (ConditionalCheckFailedException e) {
            return Optional.empty(); // expired, or gone
        }
    }

    /** What each request calls: the live session, slid forward once less than half its idle time is left. */
    public static Optional<Session> authenticate(
            DynamoDbClient client, String table, Clock clock, SessionPolicy policy, SessionToken token) {
        Optional<Session> session = read(client, table, clock, token);
        if (session.isEmpty()) {
            return session;
        }
        long left = session.get().expiresAt() - clock.instant().getEpochSecond();
        // Writing on every request would cost a write unit per page view; half the window is plenty.
        if (left >= policy.idleTimeout().toSeconds() / 2) {
            return session;
        }
        return slide(client, table, clock, policy, session.get());
    }
    // end::authenticate[]

    /** Logs out: deletes the session; true if there was one. */
    public static boolean logout(DynamoDbClient client, String table, SessionToken token) {
        return client.deleteItem(b -> b.tableName(table).key(Session.key(token)).returnValues(ReturnValue.ALL_OLD))
                .hasAttributes();
    }

    static void demo(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("Sessions: TTL, read only while valid, sliding expiration, logout");
        DynamoDbClient client = ddb.client();
        String table = SessionsTable.create(tables, client, "Sessions");
        SessionPolicy policy = SessionPolicy.standard();
        // Tomorrow at 09:00 (UTC), from the real clock: TTL, which runs on it, leaves these items alone.
        Instant login =
                LocalDate.now(Clock.systemUTC()).plusDays(1).atTime(9, 0).toInstant(ZoneOffset.UTC);
        Session session = create(client, table, Clock.fixed(login, ZoneOffset.UTC), policy, "ada");
        Narrator.step("ada logs in at 09:00 (tomorrow, UTC): expiresAt = " + timeOfDay(session.expiresAt()));
        Clock at0910 = Clock.offset(Clock.fixed(login, ZoneOffset.UTC), Duration.ofMinutes(10));
        Narrator.step("09:10 a request: " + describe(authenticate(client, table, at0910, policy, session.token()))
                + " (20 minutes left: no write)");
        Clock at0920 = Clock.offset(Clock.fixed(login, ZoneOffset.UTC), Duration.ofMinutes(20));
        Narrator.step("09:20 a request: " + describe(authenticate(client, table, at0920, policy, session.token()))
                + " (10 minutes left: slid)");
        Clock at1000 = Clock.offset(Clock.fixed(login, ZoneOffset.UTC), Duration.ofMinutes(60));
        Narrator.step("10:00, after 40 idle minutes: " + describe(read(client, table, at1000, session.token()))
                + "; the item is still there until TTL deletes it: "
                + client.getItem(b -> b.tableName(table).key(Session.key(session.token())))
                        .hasItem());
        Session second = create(client, table, at1000, policy, "ada");
        Narrator.step("ada logs in again and logs out: deleted = " + logout(client, table, second.token())
                + ", then read = " + describe(read(client, table, at1000, second.token())));
    }

    private static String describe(Optional<Session> session) {
        return session.map(s -> "valid until " + timeOfDay(s.expiresAt())).orElse("no session (expired or logged out)");
    }

    private static String timeOfDay(long epochSecond) {
        return LocalTime.ofInstant(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC)
                .toString();
    }

    public static void main(String[] args) {
        Walkthroughs.run(SessionStore::demo);
    }
}
