package com.example.dynamodb.projects.iot;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;

/**
 * The device registry and each device's latest status. Status messages arrive late and out of
 * order, so a status is written only if it is newer than the one stored: a condition on the
 * timestamp, checked by DynamoDB at the moment of the write, with no read before it.
 */
public final class DeviceRegistry {

    private DeviceRegistry() {}

    /** Registers a new device (offline until its first message); refuses an id already registered. */
    public static void register(DynamoDbClient client, String table, String deviceId, String fleet, String model) {
        Reading.requireDeviceId(deviceId);
        if (fleet == null || fleet.isBlank() || model == null || model.isBlank()) {
            throw new IllegalArgumentException("a device needs a fleet and a model");
        }
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("deviceId", AttributeValue.fromS(deviceId));
        item.put("fleet", AttributeValue.fromS(fleet));
        item.put("model", AttributeValue.fromS(model));
        item.put("status", AttributeValue.fromS("OFFLINE"));
        try {
            client.putItem(b -> b.tableName(table).item(item).conditionExpression("attribute_not_exists(deviceId)"));
        } catch (ConditionalCheckFailedException e) {
            throw new IllegalArgumentException("device " + deviceId + " is already registered");
        }
    }

    public static Optional<DeviceStatus> get(DynamoDbClient client, String table, String deviceId) {
        GetItemResponse response = client.getItem(b -> b.tableName(table)
                .key(Map.of("deviceId", AttributeValue.fromS(Reading.requireDeviceId(deviceId))))
                .consistentRead(true));
        return response.hasItem() ? Optional.of(DeviceStatus.fromItem(response.item())) : Optional.empty();
    }

    // tag::status[]
    /** Stores the message as the device's latest status if it is newer; false if it was older (ignored). */
    public static boolean applyStatus(DynamoDbClient client, String table, StatusMessage message) {
        String update = message.online()
                ? "SET #status = :status, lastMessageAt = :ts, battery = :battery REMOVE offlineFleet, offlineSince"
                // Offline: copy the fleet into the sparse index's key; keep the first offlineSince.
                : "SET #status = :status, lastMessageAt = :ts, battery = :battery,"
                        + " offlineFleet = fleet, offlineSince = if_not_exists(offlineSince, :ts)";
        try {
            client.updateItem(b -> b.tableName(table)
                    .key(Map.of("deviceId", AttributeValue.fromS(message.deviceId())))
                    .updateExpression(update)
                    .conditionExpression(
                            "attribute_exists(deviceId) AND (attribute_not_exists(lastMessageAt) OR lastMessageAt < :ts)")
                    .expressionAttributeNames(Map.of("#status", "status")) // STATUS is a reserved word
                    .expressionAttributeValues(Map.of(
                            ":status", AttributeValue.fromS(message.online() ? "ONLINE" : "OFFLINE"),
                            ":ts",
                                    AttributeValue.fromN(
                                            Long.toString(message.sentAt().toEpochMilli())),
                            ":battery", AttributeValue.fromN(Integer.toString(message.battery()))))
                    .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD));
            return true;
        } catch (ConditionalCheckFailedException e) {
            if (!e.hasItem() || e.item().isEmpty()) {
                throw new IllegalArgumentException("device " + message.deviceId() + " is not registered");
            }
            return false; // an older message than the stored one: ignored, as it should be
        }
    }
    // end::status[]

    // tag::offline[]
    /** The fleet's offline devices, longest offline first: only they are in the sparse index. */
    public static List<DeviceStatus> offline(DynamoDbClient client, String table, String fleet) {
        return client
                .queryPaginator(b -> b.tableName(table)
                        .indexName(IotTables.OFFLINE_INDEX)
                        .keyConditionExpression("offlineFleet = :fleet")
                        .expressionAttributeValues(Map.of(":fleet", AttributeValue.fromS(fleet))))
                .items()
                .stream()
                .map(DeviceStatus::fromItem)
                .toList();
    }
    // end::offline[]

    static void demo(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("IoT: device registry, latest status (newer wins), sparse index of offline devices");
        DynamoDbClient client = ddb.client();
        String table = IotTables.createDevices(tables, "Devices");
        for (int i = 1; i <= 4; i++) {
            register(client, table, "d-000" + i, "fleet-a", "thermo-2");
        }
        Instant t = LocalDate.now(Clock.systemUTC()).atTime(12, 0).toInstant(ZoneOffset.UTC); // today at noon
        for (int i = 1; i <= 4; i++) {
            applyStatus(client, table, new StatusMessage("d-000" + i, t, true, 90));
        }
        applyStatus(client, table, new StatusMessage("d-0002", t.plusSeconds(60), false, 15));
        applyStatus(client, table, new StatusMessage("d-0004", t.plusSeconds(30), false, 40));
        Narrator.step("d-0002 went offline at 12:01, d-0004 at 12:00:30; offline in fleet-a: "
                + offline(client, table, "fleet-a").stream()
                        .map(DeviceStatus::deviceId)
                        .toList());
        boolean applied = applyStatus(client, table, new StatusMessage("d-0002", t.plusSeconds(20), true, 80));
        Narrator.step("a delayed 'online' message of d-0002 from 12:00:20 arrives: applied = " + applied
                + ", d-0002 online = "
                + get(client, table, "d-0002").orElseThrow().online());
        applyStatus(client, table, new StatusMessage("d-0002", t.plusSeconds(120), true, 79));
        Narrator.step("d-0002 reports online at 12:02: offline now "
                + offline(client, table, "fleet-a").stream()
                        .map(DeviceStatus::deviceId)
                        .toList()
                + "; the index holds only offline devices, so this query reads nothing else");
    }

    public static void main(String[] args) {
        Walkthroughs.run(DeviceRegistry::demo);
    }
}
