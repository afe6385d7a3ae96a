package com.example.dynamodb.projects.sessions;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A user's sessions: "where am I logged in?" and "log me out everywhere". Both are one Query of
 * the user's partition, because the table's partition key is the user id.
 */
public final class UserSessions {

    private UserSessions() {}

    // tag::active[]
    /** The user's live sessions; expired ones are filtered out even before TTL deletes them. */
    public static List<Session> active(DynamoDbClient client, String table, Clock clock, String userId) {
        SessionToken.requireUserId(userId);
        return client
                .queryPaginator(b -> b.tableName(table)
                        .keyConditionExpression("userId = :u")
                        .filterExpression("expiresAt > :now") // read, and billed, but not returned
                        .expressionAttributeValues(Map.of(
                                ":u", AttributeValue.fromS(userId),
                                ":now",
                                        AttributeValue.fromN(
                                                Long.toString(clock.instant().getEpochSecond()))))
                        .consistentRead(true))
                .items()
                .stream()
                .map(Session::fromItem)
                .toList();
    }

    /** Logs the user out everywhere; returns how many sessions were deleted. */
    public static int revokeAll(DynamoDbClient client, String table, String userId) {
        SessionToken.requireUserId(userId);
        List<Map<String, AttributeValue>> keys = client
                .queryPaginator(b -> b.tableName(table)
                        .keyConditionExpression("userId = :u")
                        .expressionAttributeValues(Map.of(":u", AttributeValue.fromS(userId)))
                        .projectionExpression("userId, sessionId") // only the keys are needed
                        .consistentRead(true))
                .items()
                .stream()
                .toList();
        // A user has a handful of sessions: one DeleteItem each is simple and cheap enough.
        keys.forEach(key -> client.deleteItem(b -> b.tableName(table).key(key)));
        return keys.size();
    }
    // end::active[]

    static void demo(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("Sessions: list a user's active sessions, revoke all");
        DynamoDbClient client = ddb.client();
        String table = SessionsTable.create(tables, client, "Sessions");
        SessionPolicy policy = SessionPolicy.standard();
        // Tomorrow at 09:00 (UTC), from the real clock: TTL, which runs on it, leaves these items alone.
        Clock morning = Clock.fixed(
                LocalDate.now(Clock.systemUTC()).plusDays(1).atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        SessionStore.create(client, table, morning, policy, "ada"); // laptop, will expire at 09:30
        Clock noon = Clock.offset(morning, Duration.ofHours(3));
        SessionStore.create(client, table, noon, policy, "ada"); // phone
        SessionStore.create(client, table, noon, policy, "ada"); // tablet
        SessionStore.create(client, table, noon, policy, "grace");
        Narrator.step("ada has 3 session items; at noon "
                + active(client, table, noon, "ada").size() + " are active (the 09:00 one expired at 09:30)");
        Narrator.step("revokeAll(ada) deleted " + revokeAll(client, table, "ada") + "; ada now has "
                + active(client, table, noon, "ada").size() + " active, grace still has "
                + active(client, table, noon, "grace").size());
    }

    public static void main(String[] args) {
        Walkthroughs.run(UserSessions::demo);
    }
}
