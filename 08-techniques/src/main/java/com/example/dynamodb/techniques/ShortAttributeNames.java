package com.example.dynamodb.techniques;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Attribute names are stored in every item and billed like values. An item with many attributes
 * and short values (a sensor reading, say) is mostly names; storing short names and mapping them
 * in code, in one place, shrinks every item.
 */
public final class ShortAttributeNames {

    /** Long names as the application knows them -> the names stored in DynamoDB. */
    public static final Map<String, String> STORED_NAMES = storedNames();

    private ShortAttributeNames() {}

    // tag::rename[]
    /** Renames every attribute found in {@code names}; keys and unknown attributes keep their names. */
    public static Map<String, AttributeValue> rename(Map<String, AttributeValue> item, Map<String, String> names) {
        Map<String, AttributeValue> renamed = new HashMap<>();
        item.forEach((name, value) -> renamed.put(names.getOrDefault(name, name), value));
        return renamed;
    }

    /** The reverse mapping, for reading items back under their long names. */
    public static Map<String, String> inverse(Map<String, String> names) {
        Map<String, String> inverse = new HashMap<>();
        names.forEach((longName, shortName) -> {
            if (inverse.put(shortName, longName) != null) {
                throw new IllegalArgumentException("Two attributes map to the stored name " + shortName);
            }
        });
        return inverse;
    }
    // end::rename[]

    /** A weather station's reading: 16 temperature and 16 humidity channels, named for people. */
    public static Map<String, AttributeValue> reading(String station, String time) {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put("pk", AttributeValue.fromS("STATION#" + station));
        item.put("sk", AttributeValue.fromS(time));
        for (int channel = 1; channel <= 16; channel++) {
            item.put(
                    String.format("temperatureSensor%02dCelsius", channel),
                    AttributeValue.fromN(18 + channel % 7 + ".5"));
            item.put(
                    String.format("relativeHumiditySensor%02dPercent", channel),
                    AttributeValue.fromN(40 + channel + ""));
        }
        return item;
    }

    /** The same reading written with long names, then with short names. */
    public static SizeComparison measure(DynamoDbClient client, String table) {
        Map<String, AttributeValue> verbose = reading("st-7", "2024-03-15T10:00:00Z");
        Map<String, AttributeValue> compact = rename(reading("st-7", "2024-03-15T10:01:00Z"), STORED_NAMES);
        return new SizeComparison(
                "short attribute names",
                ItemSize.of(verbose),
                ItemSize.of(compact),
                SizeComparison.measuredPut(client, table, verbose),
                SizeComparison.measuredPut(client, table, compact));
    }

    private static Map<String, String> storedNames() {
        Map<String, String> names = new HashMap<>();
        for (int channel = 1; channel <= 16; channel++) {
            names.put(String.format("temperatureSensor%02dCelsius", channel), String.format("t%02d", channel));
            names.put(String.format("relativeHumiditySensor%02dPercent", channel), String.format("h%02d", channel));
        }
        return Map.copyOf(names);
    }
}
