package com.example.dynamodb.projects.iot;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A device's readings, one partition per device and UTC day. "The last N" walks days backwards
 * until it has N; "between two instants" queries each day in the range with a sort-key condition.
 * Day buckets keep every item collection small and let old days expire through TTL.
 */
public final class Readings {

    /** How long readings are kept: their TTL is the reading's time plus this. */
    public static final Duration RETENTION = Duration.ofDays(30);

    private Readings() {}

    public static void put(DynamoDbClient client, String table, Reading reading) {
        client.putItem(b -> b.tableName(table).item(reading.toItem(RETENTION)));
    }

    // tag::queries[]
    /** The device's last {@code n} readings up to {@code now}, newest first, looking back {@code maxDays}. */
    public static List<Reading> lastN(
            DynamoDbClient client, String table, String deviceId, int n, Instant now, int maxDays) {
        if (n < 1 || n > 1_000 || maxDays < 1 || maxDays > 366) {
            throw new IllegalArgumentException("n must be 1..1000 and maxDays 1..366, got " + n + " and " + maxDays);
        }
        List<Reading> found = new ArrayList<>();
        LocalDate day = LocalDate.ofInstant(now, ZoneOffset.UTC);
        for (int d = 0; d < maxDays && found.size() < n; d++, day = day.minusDays(1)) {
            String partition = Reading.deviceDay(deviceId, day);
            int missing = n - found.size();
            client
                    .queryPaginator(b -> b.tableName(table)
                            .keyConditionExpression("deviceDay = :p AND ts <= :now")
                            .expressionAttributeValues(Map.of(
                                    ":p", AttributeValue.fromS(partition),
                                    ":now", AttributeValue.fromN(Long.toString(now.toEpochMilli()))))
                            .scanIndexForward(false) // newest first
                            .limit(missing))
                    .items()
                    .stream()
                    .limit(missing)
                    .forEach(item -> found.add(Reading.fromItem(item)));
        }
        return found;
    }

    /** The device's readings from {@code from} to {@code to} (both included), oldest first. */
    public static List<Reading> between(
            DynamoDbClient client, String table, String deviceId, Instant from, Instant to) {
        if (from.isAfter(to) || Duration.between(from, to).toDays() > 31) {
            throw new IllegalArgumentException("the range must run forwards and span at most 31 days");
        }
        List<Reading> found = new ArrayList<>();
        LocalDate last = LocalDate.ofInstant(to, ZoneOffset.UTC);
        for (LocalDate day = LocalDate.ofInstant(from, ZoneOffset.UTC); !day.isAfter(last); day = day.plusDays(1)) {
            String partition = Reading.deviceDay(deviceId, day);
            client.queryPaginator(b -> b.tableName(table)
                            .keyConditionExpression("deviceDay = :p AND ts BETWEEN :from AND :to")
                            .expressionAttributeValues(Map.of(
                                    ":p", AttributeValue.fromS(partition),
                                    ":from", AttributeValue.fromN(Long.toString(from.toEpochMilli())),
                                    ":to", AttributeValue.fromN(Long.toString(to.toEpochMilli())))))
                    .items()
                    .forEach(item -> found.add(Reading.fromItem(item)));
        }
        return found;
    }
    // end::queries[]

    static void demo(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("IoT: readings by device and day, last N, time range, TTL retention");
        DynamoDbClient client = ddb.client();
        String table = IotTables.createReadings(tables, client, "Readings");
        // Tomorrow at 23:40 (UTC), from the real clock: the readings cross midnight; TTL leaves them alone.
        LocalDate first = LocalDate.now(Clock.systemUTC()).plusDays(1);
        Instant start = first.atTime(23, 40).toInstant(ZoneOffset.UTC);
        for (int i = 0; i < 8; i++) {
            put(client, table, new Reading("d-0001", start.plus(Duration.ofMinutes(5L * i)), 20 + i, 40, "m-" + i));
        }
        Narrator.step("8 readings of d-0001 every 5 minutes from 23:40: partitions "
                + Reading.deviceDay("d-0001", first) + " and " + Reading.deviceDay("d-0001", first.plusDays(1)));
        Instant now = start.plus(Duration.ofMinutes(40));
        Narrator.step("last 6 (newest first), read from both days: "
                + lastN(client, table, "d-0001", 6, now, 30).stream()
                        .map(r -> r.at().toString().substring(11, 16))
                        .toList());
        Narrator.step("between 23:50 and 00:05: "
                + between(
                                client,
                                table,
                                "d-0001",
                                start.plus(Duration.ofMinutes(10)),
                                start.plus(Duration.ofMinutes(25)))
                        .stream()
                        .map(r -> r.at().toString().substring(11, 16))
                        .toList());
        Map<String, AttributeValue> item = new Reading("d-0001", start, 20, 40, "m-0").toItem(RETENTION);
        Narrator.step("each reading carries expiresAt = its time + 30 days: 23:40 of "
                + LocalDate.ofInstant(
                        Instant.ofEpochSecond(
                                Long.parseLong(item.get("expiresAt").n())),
                        ZoneOffset.UTC)
                + ", 30 days after " + first);
    }

    public static void main(String[] args) {
        Walkthroughs.run(Readings::demo);
    }
}
