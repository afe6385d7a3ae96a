package com.example.dynamodb.projects.iot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

@DynamoDbTest
class ReadingIngestTest {

    // In the future, so that the 30-day TTL (which runs on the real clock) leaves them alone.
    static final Instant START = Instant.parse("2030-03-14T23:00:00Z");

    static final List<String> DEVICES =
            IntStream.range(0, 12).mapToObj(FleetSimulator::deviceId).toList();

    static long stored(DynamoDbClient client, String table) {
        return ReadingIngest.countStored(
                client, table, DEVICES, LocalDate.parse("2030-03-14"), LocalDate.parse("2030-03-16"));
    }

    @Test
    @DisplayName("parallel batched ingest writes every reading: the count read back equals the count sent")
    void ingestsEverything(DynamoDbClient client, Tables tables) {
        String table = IotTables.createReadings(tables, client, "Readings");
        List<Reading> readings = FleetSimulator.readings(12, 90, START, Duration.ofMinutes(1)); // crosses midnight
        ConcurrentLinkedQueue<Integer> progress = new ConcurrentLinkedQueue<>();

        ReadingIngest.Report report = ReadingIngest.ingest(client, table, readings, 4, progress::add);

        assertThat(report.written()).isEqualTo(1080);
        assertThat(report.calls()).isEqualTo(1080 / 25 + 1); // 44 batches, none re-sent
        assertThat(report.resends()).isZero();
        assertThat(stored(client, table)).isEqualTo(1080);
        assertThat(progress).hasSize(44).contains(1080).allMatch(n -> n > 0 && n <= 1080);
    }

    @Test
    @DisplayName("the naive PutItem loop stores the same readings as the batched ingest")
    void naiveLoopStoresTheSame(DynamoDbClient client, Tables tables) {
        String naive = IotTables.createReadings(tables, client, "Readings");
        String batched = IotTables.createReadings(tables, client, "Readings");
        List<Reading> readings = FleetSimulator.readings(12, 5, START, Duration.ofMinutes(1));

        ReadingIngest.putOneByOne(client, naive, readings);
        ReadingIngest.ingest(client, batched, readings, 2, n -> {});

        for (String device : List.of("d-0000", "d-0007")) {
            assertThat(Readings.between(client, naive, device, START, START.plus(Duration.ofHours(1))))
                    .hasSize(5)
                    .isEqualTo(Readings.between(client, batched, device, START, START.plus(Duration.ofHours(1))));
        }
        assertThat(stored(client, naive)).isEqualTo(stored(client, batched)).isEqualTo(60);
    }

    @Test
    @DisplayName("the simulator is deterministic and gives every reading its own key")
    void simulatorIsDeterministic() {
        List<Reading> first = FleetSimulator.readings(30, 40, START, Duration.ofSeconds(30));
        List<Reading> second = FleetSimulator.readings(30, 40, START, Duration.ofSeconds(30));

        assertThat(first).isEqualTo(second).hasSize(1200);
        assertThat(first.stream().map(r -> r.deviceId() + "@" + r.at()).distinct())
                .hasSize(1200);
        assertThatThrownBy(() -> FleetSimulator.readings(0, 10, START, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
