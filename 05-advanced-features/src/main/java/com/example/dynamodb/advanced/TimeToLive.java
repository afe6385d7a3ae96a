package com.example.dynamodb.advanced;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveSpecification;
import software.amazon.awssdk.services.dynamodb.model.UpdateTimeToLiveRequest;

/**
 * Time to Live: name a Number attribute holding an expiry time in epoch seconds, and DynamoDB
 * deletes each item some time after that moment, without consuming write capacity. "Some time" is
 * up to a few days on AWS, so readers still filter out what has expired.
 */
public final class TimeToLive {

    public static final String TTL_ATTRIBUTE = "expiresAt";

    private TimeToLive() {}

    // tag::enable[]
    /** Names the TTL attribute of a table. On AWS the change takes up to an hour to apply. */
    public static void enable(DynamoDbClient client, String table, String attribute) {
        client.updateTimeToLive(UpdateTimeToLiveRequest.builder()
                .tableName(table)
                .timeToLiveSpecification(TimeToLiveSpecification.builder()
                        .attributeName(attribute)
                        .enabled(true)
                        .build())
                .build());
    }

    public static TimeToLiveDescription describe(DynamoDbClient client, String table) {
        return client.describeTimeToLive(b -> b.tableName(table)).timeToLiveDescription();
    }
    // end::enable[]

    // tag::seconds[]
    /** Epoch seconds after this are year 5138 or later: such a value is almost surely milliseconds. */
    static final long LATEST_PLAUSIBLE_SECONDS = 100_000_000_000L;

    /** The TTL value for an expiry time: epoch seconds, as DynamoDB expects, never milliseconds. */
    public static AttributeValue expiresAt(Instant expiry) {
        return ttlValue(expiry.getEpochSecond());
    }

    /** Checks a raw TTL value: a milliseconds timestamp would never expire, so it is refused. */
    public static AttributeValue ttlValue(long epochSeconds) {
        if (epochSeconds <= 0 || epochSeconds >= LATEST_PLAUSIBLE_SECONDS) {
            throw new IllegalArgumentException("A TTL value is a time in epoch seconds, such as "
                    + Instant.parse("2030-01-01T00:00:00Z").getEpochSecond() + "; got " + epochSeconds
                    + (epochSeconds > 0
                            ? ", which looks like milliseconds: DynamoDB would read it as a date"
                                    + " thousands of years ahead and never delete the item. Divide by 1000."
                            : "."));
        }
        return AttributeValue.fromN(Long.toString(epochSeconds));
    }
    // end::seconds[]

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
        Narrator.section("Time to Live");
        String table = tables.reserve("Sessions");
        tables.createAndWait(SessionsTable.definition(table));
        Narrator.step("Before: " + describe(client, table));
        enable(client, table, TTL_ATTRIBUTE);
        Narrator.step("After UpdateTimeToLive: " + describe(client, table));
        Instant now = Instant.parse("2030-01-01T12:00:00Z");
        Narrator.step(
                "Expiry 2030-01-01T12:30:00Z as a TTL value: " + Narrator.format(expiresAt(now.plusSeconds(1800))));
        try {
            ttlValue(now.plusSeconds(1800).toEpochMilli());
        } catch (IllegalArgumentException e) {
            Narrator.step("The same instant in milliseconds is refused: " + e.getMessage());
        }
        client.putItem(b -> b.tableName(table).item(SessionsTable.session("ana", "s-old", now.minusSeconds(60))));
        client.putItem(b -> b.tableName(table).item(SessionsTable.session("ana", "s-new", now.plusSeconds(3600))));
        Narrator.step("At " + now + ", ana's active sessions (a clock fixed in 2030, so nothing is deleted yet):");
        Narrator.items(activeSessions(client, table, "ana", Clock.fixed(now, java.time.ZoneOffset.UTC)));
    }

    public static void main(String[] args) {
        Walkthroughs.run(TimeToLive::demo);
    }
}
