package com.example.dynamodb.advanced;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * Reading around Time to Live: DynamoDB deletes an expired item eventually (within a few days on
 * AWS), and until then every read returns it. A reader keeps an item only while its expiry is after
 * now, and takes "now" from a {@link Clock}, so that a test can say what now is.
 */
public final class ActiveSessions {

    private ActiveSessions() {}

    // tag::active[]
    /** A user's sessions that have not expired at {@code clock}'s now, expired-but-not-yet-deleted ones left out. */
    public static List<Map<String, AttributeValue>> activeSessions(
            DynamoDbClient client, String table, String userId, Clock clock) {
        QueryRequest request = QueryRequest.builder()
                .tableName(table)
                .keyConditionExpression("userId = :u")
                // An item without the attribute never expires, so it stays in.
                .filterExpression("attribute_not_exists(#ttl) OR #ttl > :now")
                .expressionAttributeNames(Map.of("#ttl", "expiresAt"))
                .expressionAttributeValues(Map.of(
                        ":u", AttributeValue.fromS(userId),
                        ":now",
                                AttributeValue.fromN(
                                        Long.toString(clock.instant().getEpochSecond()))))
                .build();
        return client.queryPaginator(request).items().stream().toList();
    }
    // end::active[]

    static void demo(DynamoDbBackend ddb, Tables tables) {
        DynamoDbClient client = ddb.client();
        Narrator.section("Reading around Time to Live: expired items until the sweep comes");
        String table = tables.reserve("Sessions");
        tables.createAndWait(TimeToLive.sessionsTable(table)); // TTL off: only the filter decides here
        Clock clock = Clock.systemUTC();
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        client.putItem(b -> b.tableName(table).item(TimeToLive.session("ana", "s-ended", now.minusSeconds(60))));
        client.putItem(b -> b.tableName(table).item(TimeToLive.session("ana", "s-open", now.plusSeconds(3600))));
        Narrator.step("Stored for ana: s-ended (expired a minute ago) and s-open; her active sessions now:");
        Narrator.items(activeSessions(client, table, "ana", clock));
    }

    public static void main(String[] args) {
        Walkthroughs.run(ActiveSessions::demo);
    }
}
