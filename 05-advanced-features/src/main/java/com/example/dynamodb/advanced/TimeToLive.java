package com.example.dynamodb.advanced;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveSpecification;
import software.amazon.awssdk.services.dynamodb.model.UpdateTimeToLiveRequest;

/**
 * Time to Live: name a Number attribute holding an expiry time in epoch seconds, and DynamoDB
 * deletes each item some time after that moment, without consuming write capacity (in a global
 * table, each replica's copy of the delete is a replicated write). "Some time" is up to a few days
 * on AWS, so readers still filter out what has expired: {@link ActiveSessions}.
 */
public final class TimeToLive {

    public static final String TTL_ATTRIBUTE = "expiresAt";

    private TimeToLive() {}

    // tag::table[]
    /** A user's sessions under one partition key. Nothing here is about TTL: it is switched on afterwards. */
    public static CreateTableRequest sessionsTable(String name) {
        return CreateTableRequest.builder()
                .tableName(name)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                        a -> a.attributeName("userId").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("sessionId").attributeType(ScalarAttributeType.S))
                .keySchema(
                        k -> k.attributeName("userId").keyType(KeyType.HASH),
                        k -> k.attributeName("sessionId").keyType(KeyType.RANGE))
                .build();
    }
    // end::table[]

    /** One session of {@code userId} that expires at {@code expiry}. */
    public static Map<String, AttributeValue> session(String userId, String sessionId, Instant expiry) {
        return Map.of(
                "userId",
                AttributeValue.fromS(userId),
                "sessionId",
                AttributeValue.fromS(sessionId),
                TTL_ATTRIBUTE,
                expiresAt(expiry));
    }

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
            throw new IllegalArgumentException("A TTL value is a time in epoch seconds, as Instant.getEpochSecond()"
                    + " gives it; got " + epochSeconds
                    + (epochSeconds > 0
                            ? ", which looks like milliseconds: DynamoDB would read it as a date"
                                    + " thousands of years ahead and never delete the item. Divide by 1000."
                            : "."));
        }
        return AttributeValue.fromN(Long.toString(epochSeconds));
    }
    // end::seconds[]

    static void demo(DynamoDbBackend ddb, Tables tables) {
        DynamoDbClient client = ddb.client();
        Narrator.section("Time to Live");
        String table = tables.reserve("Sessions");
        tables.createAndWait(sessionsTable(table));
        Narrator.step("Before: " + describe(client, table));
        enable(client, table, TTL_ATTRIBUTE);
        Narrator.step("After UpdateTimeToLive: " + describe(client, table));
        Instant inHalfAnHour = Instant.now().plus(Duration.ofMinutes(30)).truncatedTo(ChronoUnit.SECONDS);
        Narrator.step("Expiry " + inHalfAnHour + " as a TTL value: " + Narrator.format(expiresAt(inHalfAnHour)));
        try {
            ttlValue(inHalfAnHour.toEpochMilli());
        } catch (IllegalArgumentException e) {
            Narrator.step("The same instant in milliseconds is refused: " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        Walkthroughs.run(TimeToLive::demo);
    }
}
