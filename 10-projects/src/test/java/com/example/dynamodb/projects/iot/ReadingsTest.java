package com.example.dynamodb.projects.iot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.example.dynamodb.projects.TestTables;
import com.example.dynamodb.projects.TestTimes;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@DynamoDbTest
class ReadingsTest {

    static final Instant START = TestTimes.tomorrowAt(23, 40); // crosses midnight UTC

    /** d-0001 every 5 minutes from 23:40 to 00:15, and d-0002 at the same times. */
    static String withReadings(DynamoDbClient client, Tables tables) {
        String table = TestTables.readingsWithoutTtl(tables);
        for (int i = 0; i < 8; i++) {
            Instant at = START.plus(Duration.ofMinutes(5L * i));
            Readings.put(client, table, new Reading("d-0001", at, 20 + i, 40, "d-0001-" + i));
            Readings.put(client, table, new Reading("d-0002", at, 30 + i, 50, "d-0002-" + i));
        }
        return table;
    }

    static List<String> times(List<Reading> readings) {
        return readings.stream().map(r -> r.at().toString().substring(11, 16)).toList();
    }

    @Test
    @DisplayName("a reading is stored under its device and UTC day, and expires 30 days after it was taken")
    void keyAndTtl() {
        Map<String, AttributeValue> item = new Reading("d-0001", START, 21.5, 40, "m-1").toItem(Readings.RETENTION);

        assertThat(item.get("deviceDay").s()).isEqualTo("d-0001#" + LocalDate.ofInstant(START, ZoneOffset.UTC));
        assertThat(item.get("ts").n()).isEqualTo(Long.toString(START.toEpochMilli()));
        assertThat(Long.parseLong(item.get("expiresAt").n()))
                .isEqualTo(START.plus(Duration.ofDays(30)).getEpochSecond());
        assertThat(Reading.fromItem(item)).isEqualTo(new Reading("d-0001", START, 21.5, 40, "m-1"));
    }

    @Test
    @DisplayName("the last N readings come newest first, read back across the day boundary")
    void lastN(DynamoDbClient client, Tables tables) {
        String table = withReadings(client, tables);
        Instant now = START.plus(Duration.ofMinutes(40));

        assertThat(times(Readings.lastN(client, table, "d-0001", 6, now, 30)))
                .containsExactly("00:15", "00:10", "00:05", "00:00", "23:55", "23:50");
        assertThat(times(Readings.lastN(client, table, "d-0001", 3, START.plus(Duration.ofMinutes(12)), 30)))
                .containsExactly("23:50", "23:45", "23:40");
        assertThat(Readings.lastN(client, table, "d-0001", 50, now, 30)).hasSize(8);
        assertThat(Readings.lastN(client, table, "d-0001", 8, now, 30))
                .allMatch(r -> r.deviceId().equals("d-0001"));
    }

    @Test
    @DisplayName("a time range returns exactly the readings inside it, both ends included, oldest first")
    void between(DynamoDbClient client, Tables tables) {
        String table = withReadings(client, tables);

        List<Reading> found = Readings.between(
                client, table, "d-0002", START.plus(Duration.ofMinutes(10)), START.plus(Duration.ofMinutes(25)));

        assertThat(times(found)).containsExactly("23:50", "23:55", "00:00", "00:05");
        assertThat(found).extracting(Reading::temperature).containsExactly(32.0, 33.0, 34.0, 35.0);
    }

    @Test
    @DisplayName("a backwards or over-long range and a silly N are refused with a clear sentence")
    void badQueries(DynamoDbClient client) {
        assertThatThrownBy(() -> Readings.between(client, "Readings", "d-0001", START, START.minusSeconds(1)))
                .hasMessage("the range must run forwards and span at most 31 days");
        assertThatThrownBy(() -> Readings.between(client, "Readings", "d-0001", START, START.plus(Duration.ofDays(40))))
                .hasMessage("the range must run forwards and span at most 31 days");
        assertThatThrownBy(() -> Readings.lastN(client, "Readings", "d-0001", 0, START, 30))
                .hasMessage("n must be 1..1000 and maxDays 1..366, got 0 and 30");
    }

    @Test
    @Tag("local-differs") // DynamoDB Local 3.3.1 deletes within seconds; AWS within a few days
    @Tag("ttl") // UpdateTimeToLive, and the old reading deleted
    @DisplayName("backfilling readings older than the retention: TTL deletes them right after they are written")
    void backfillPastRetentionIsDeleted(DynamoDbClient client, Tables tables) {
        String table = tables.reserve("Readings");
        tables.createAndWait(IotTables.readings(table));
        Instant now = Instant.now();
        Reading recent = new Reading("d-0001", now.minus(Duration.ofDays(1)), 20, 40, "recent");
        Reading tooOld = new Reading("d-0001", now.minus(Duration.ofDays(31)), 20, 40, "too-old");
        List<Reading> both = new ArrayList<>(List.of(recent, tooOld));
        both.forEach(r -> Readings.put(client, table, r));
        // TTL on after the writes: DynamoDB Local's first TTL scan of the table then finds them.
        IotTables.enableReadingsTtl(client, table);

        // Awaited: DynamoDB Local's TTL job scans a table about every 11 s (AWS: within days).
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> Readings.between(client, table, "d-0001", tooOld.at(), tooOld.at())
                        .isEmpty());
        assertThat(Readings.between(client, table, "d-0001", recent.at(), recent.at()))
                .containsExactly(recent);
    }
}
