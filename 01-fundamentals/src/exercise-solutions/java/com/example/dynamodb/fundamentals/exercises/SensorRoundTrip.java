package com.example.dynamodb.fundamentals.exercises;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Reference solution of exercise 01.1 Sensor round trip. */
public final class SensorRoundTrip {

    /** A temperature sensor: where it hangs, and the distinct readings it has reported. */
    public record Sensor(String sensorId, Set<BigDecimal> readings, String building, int floor) {}

    private SensorRoundTrip() {}

    public static void save(DynamoDbClient client, String table, Sensor sensor) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("sensorId", AttributeValue.fromS(sensor.sensorId()));
        item.put(
                "location",
                AttributeValue.fromM(Map.of(
                        "building", AttributeValue.fromS(sensor.building()),
                        "floor", AttributeValue.fromN(Integer.toString(sensor.floor())))));
        // A set may not be empty: no readings means no attribute.
        if (!sensor.readings().isEmpty()) {
            item.put(
                    "readings",
                    AttributeValue.fromNs(sensor.readings().stream()
                            .map(BigDecimal::toPlainString) // exact text, no exponent, no double
                            .toList()));
        }
        client.putItem(b -> b.tableName(table).item(item));
    }

    public static Optional<Sensor> load(DynamoDbClient client, String table, String sensorId) {
        Map<String, AttributeValue> key = Map.of("sensorId", AttributeValue.fromS(sensorId));
        Map<String, AttributeValue> item = client.getItem(
                        b -> b.tableName(table).key(key).consistentRead(true))
                .item();
        if (item.isEmpty()) {
            return Optional.empty(); // no such item: not an error
        }
        Set<BigDecimal> readings = item.containsKey("readings")
                ? item.get("readings").ns().stream().map(BigDecimal::new).collect(Collectors.toSet())
                : Set.of();
        Map<String, AttributeValue> location = item.get("location").m();
        return Optional.of(new Sensor(
                sensorId,
                readings,
                location.get("building").s(),
                Integer.parseInt(location.get("floor").n())));
    }
}
