package com.example.dynamodb.projects.iot;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.dynamodb.projects.CapacityRecorder;
import com.example.dynamodb.projects.TestTables;
import com.example.dynamodb.projects.TestTimes;
import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The units the tracker's writes consume, as DynamoDB Local reports them: the README's capacity numbers. */
@DynamoDbTest(sdkClient = true)
class IotCapacityTest {

    @Test
    @Tag("capacity") // ConsumedCapacity reports the sparse GSI's write units
    @DisplayName("a status write costs 1 unit, plus 1 in the sparse index only while the device is offline")
    void statusUnits(DynamoDbBackend backend, Tables tables) {
        CapacityRecorder recorder = new CapacityRecorder();
        Instant t = TestTimes.tomorrowAt(12, 0);
        try (DynamoDbClient client =
                backend.newClient(b -> b.overrideConfiguration(o -> o.addExecutionInterceptor(recorder)))) {
            String table = IotTables.createDevices(tables, "Devices");
            DeviceRegistry.register(client, table, "d-0001", "fleet-a", "thermo-2");

            recorder.reset();
            DeviceRegistry.applyStatus(client, table, new StatusMessage("d-0001", t, true, 90));
            assertThat(recorder.units()).isEqualTo(new CapacityRecorder.Units(1.0, 0, 1));

            recorder.reset();
            DeviceRegistry.applyStatus(client, table, new StatusMessage("d-0001", t.plusSeconds(60), false, 10));
            assertThat(recorder.units()).isEqualTo(new CapacityRecorder.Units(1.0, 1.0, 1));
        }
    }

    @Test
    @DisplayName("a batch of 25 readings costs 25 write units in 1 request: batching saves requests, not capacity")
    void batchUnits(DynamoDbBackend backend, Tables tables) {
        CapacityRecorder recorder = new CapacityRecorder();
        try (DynamoDbClient client =
                backend.newClient(b -> b.overrideConfiguration(o -> o.addExecutionInterceptor(recorder)))) {
            String table = TestTables.readingsWithoutTtl(tables);
            List<Reading> readings = FleetSimulator.readings(25, 1, ReadingIngestTest.START, Duration.ofMinutes(1));

            recorder.reset();
            ReadingIngestTest.ingest(client, table, readings, 1, n -> {});
            assertThat(recorder.units()).isEqualTo(new CapacityRecorder.Units(25.0, 0, 1));

            recorder.reset();
            ReadingIngest.putOneByOne(client, table, readings);
            assertThat(recorder.units()).isEqualTo(new CapacityRecorder.Units(25.0, 0, 25));
        }
    }

    @Test
    @DisplayName("a reading item is under 200 bytes: names plus values, an upper bound of the documented size rule")
    void readingItemSize() {
        Reading reading = FleetSimulator.readings(1000, 2, ReadingIngestTest.START, Duration.ofMinutes(1))
                .get(1999); // d-0999, its second reading: the longest ids of this fleet
        int bytes = 0;
        for (var attribute : reading.toItem(Readings.RETENTION).entrySet()) {
            bytes += attribute.getKey().getBytes(StandardCharsets.UTF_8).length;
            var value = attribute.getValue();
            // A string counts its UTF-8 bytes; a number at most one byte per two digits plus one,
            // so its length in characters is an upper bound.
            bytes += (value.s() != null ? value.s() : value.n()).getBytes(StandardCharsets.UTF_8).length;
        }

        assertThat(bytes).isLessThan(200);
    }
}
