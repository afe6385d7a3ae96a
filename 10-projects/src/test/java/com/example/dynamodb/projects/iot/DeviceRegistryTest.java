package com.example.dynamodb.projects.iot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.dynamodb.projects.TestTimes;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

@DynamoDbTest
class DeviceRegistryTest {

    static final Instant T0 = TestTimes.tomorrowAt(12, 0);

    static String registry(DynamoDbClient client, Tables tables, String... deviceIds) {
        String table = IotTables.createDevices(tables, "Devices");
        for (String id : deviceIds) {
            DeviceRegistry.register(client, table, id, "fleet-a", "thermo-2");
        }
        return table;
    }

    @Test
    @DisplayName("a registered device is offline with no status until its first message")
    void registers(DynamoDbClient client, Tables tables) {
        String table = registry(client, tables, "d-0001");

        assertThat(DeviceRegistry.get(client, table, "d-0001"))
                .hasValue(new DeviceStatus("d-0001", "fleet-a", "thermo-2", false, null, null));
        assertThatThrownBy(() -> DeviceRegistry.register(client, table, "d-0001", "fleet-b", "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("device d-0001 is already registered");
        assertThat(DeviceRegistry.get(client, table, "d-0001").orElseThrow().fleet())
                .isEqualTo("fleet-a");
    }

    @Test
    @Tag("recent") // ReturnValuesOnConditionCheckFailure (2023): older message, or no device
    @DisplayName("messages applied in a shuffled order leave the newest one's status: older ones are ignored")
    void newestWins(DynamoDbClient client, Tables tables) {
        String table = registry(client, tables, "d-0001");
        List<StatusMessage> messages = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            messages.add(new StatusMessage("d-0001", T0.plusSeconds(i), i % 3 != 0, 100 - i));
        }
        StatusMessage newest = messages.get(29);
        Collections.shuffle(messages, new Random(3));

        int applied = 0;
        for (StatusMessage message : messages) {
            applied += DeviceRegistry.applyStatus(client, table, message) ? 1 : 0;
        }

        assertThat(DeviceRegistry.get(client, table, "d-0001"))
                .hasValue(new DeviceStatus(
                        "d-0001", "fleet-a", "thermo-2", newest.online(), newest.battery(), newest.sentAt()));
        assertThat(applied).isBetween(1, 29); // the newest always, never all of a shuffled list
    }

    @Test
    @Tag("recent") // ReturnValuesOnConditionCheckFailure (2023): older message, or no device
    @DisplayName("a message older than the stored status is reported as ignored and changes nothing")
    void olderIgnored(DynamoDbClient client, Tables tables) {
        String table = registry(client, tables, "d-0001");
        DeviceRegistry.applyStatus(client, table, new StatusMessage("d-0001", T0.plusSeconds(60), false, 20));

        boolean applied =
                DeviceRegistry.applyStatus(client, table, new StatusMessage("d-0001", T0.plusSeconds(30), true, 90));
        boolean sameTime =
                DeviceRegistry.applyStatus(client, table, new StatusMessage("d-0001", T0.plusSeconds(60), true, 90));

        assertThat(applied).isFalse();
        assertThat(sameTime).isFalse();
        assertThat(DeviceRegistry.get(client, table, "d-0001").orElseThrow())
                .returns(false, DeviceStatus::online)
                .returns(20, DeviceStatus::battery);
    }

    @Test
    @DisplayName("a status for a device nobody registered is refused, and creates no device")
    void unknownDevice(DynamoDbClient client, Tables tables) {
        String table = registry(client, tables);

        assertThatThrownBy(() -> DeviceRegistry.applyStatus(client, table, new StatusMessage("d-0404", T0, true, 50)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("device d-0404 is not registered");
        assertThat(DeviceRegistry.get(client, table, "d-0404")).isEmpty();
    }

    @Test
    @DisplayName("the sparse index holds exactly the offline devices, longest offline first")
    void sparseOfflineIndex(DynamoDbClient client, Tables tables) {
        String table = registry(client, tables, "d-0001", "d-0002", "d-0003", "d-0004");
        DeviceRegistry.register(client, table, "d-0100", "fleet-b", "thermo-2");
        for (String id : List.of("d-0001", "d-0002", "d-0003", "d-0004", "d-0100")) {
            DeviceRegistry.applyStatus(client, table, new StatusMessage(id, T0, true, 90));
        }
        DeviceRegistry.applyStatus(client, table, new StatusMessage("d-0003", T0.plusSeconds(50), false, 5));
        DeviceRegistry.applyStatus(client, table, new StatusMessage("d-0001", T0.plusSeconds(70), false, 9));
        DeviceRegistry.applyStatus(client, table, new StatusMessage("d-0100", T0.plusSeconds(10), false, 9));
        // Still offline, reported again: offlineSince keeps the first time, so d-0003 stays first.
        DeviceRegistry.applyStatus(client, table, new StatusMessage("d-0003", T0.plusSeconds(90), false, 4));

        assertThat(DeviceRegistry.offline(client, table, "fleet-a"))
                .extracting(DeviceStatus::deviceId)
                .containsExactly("d-0003", "d-0001");
        assertThat(DeviceRegistry.offline(client, table, "fleet-b"))
                .extracting(DeviceStatus::deviceId)
                .containsExactly("d-0100");

        DeviceRegistry.applyStatus(client, table, new StatusMessage("d-0003", T0.plusSeconds(120), true, 80));
        assertThat(DeviceRegistry.offline(client, table, "fleet-a"))
                .extracting(DeviceStatus::deviceId)
                .containsExactly("d-0001");
        // Only offline devices are in the index at all: it holds 2 entries for 5 devices.
        assertThat(client.scan(b -> b.tableName(table).indexName(IotTables.OFFLINE_INDEX))
                        .count())
                .isEqualTo(2);
    }

    @Test
    @DisplayName("a status message with an impossible battery level is refused before any request")
    void badMessage() {
        assertThatThrownBy(() -> new StatusMessage("d-0001", T0, true, 120))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("battery must be a percentage from 0 to 100, got 120");
        assertThatThrownBy(() -> new StatusMessage("D 1", T0, true, 50))
                .hasMessage("device id 'D 1' must be 1 to 40 lower-case letters, digits or '-'");
    }
}
