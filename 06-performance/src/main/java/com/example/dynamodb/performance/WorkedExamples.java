package com.example.dynamodb.performance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The items of the README's table of worked examples: one per rule, each with its own key
 * ({@code pk}, which counts too: "pk" is 2 bytes, "e01" 3 more).
 */
public final class WorkedExamples {

    /** A described item. */
    public record Example(String description, Map<String, AttributeValue> item) {}

    public static final List<Example> EXAMPLES = List.of(
            example("key only: pk = \"e01\"", "e01"),
            example("+ name = \"Ada Lovelace\"", "e02", "name", AttributeValue.fromS("Ada Lovelace")),
            example("+ city = \"città 🚀\" (UTF-8)", "e03", "city", AttributeValue.fromS("città 🚀")),
            example("+ n = 123", "e04", "n", AttributeValue.fromN("123")),
            example("+ n = 1.5", "e05", "n", AttributeValue.fromN("1.5")),
            example("+ n = -1.5", "e06", "n", AttributeValue.fromN("-1.5")),
            example("+ n = 0.001", "e07", "n", AttributeValue.fromN("0.001")),
            example(
                    "+ n = 1.2345678901234567890123456789012345678 (38 digits)",
                    "e08",
                    "n",
                    AttributeValue.fromN("1.2345678901234567890123456789012345678")),
            example("+ b = 16 bytes of binary", "e09", "b", AttributeValue.fromB(SdkBytes.fromByteArray(new byte[16]))),
            example(
                    "+ ok = true, gone = null",
                    "e10",
                    "ok",
                    AttributeValue.fromBool(true),
                    "gone",
                    AttributeValue.fromNul(true)),
            example("+ tags = {\"a\", \"bc\"} (string set)", "e11", "tags", AttributeValue.fromSs(List.of("a", "bc"))),
            example(
                    "+ l = [\"a\", 1] (list)",
                    "e12",
                    "l",
                    AttributeValue.fromL(List.of(AttributeValue.fromS("a"), AttributeValue.fromN("1")))),
            example(
                    "+ m = {city: \"Oslo\", zip: \"0150\"} (map)",
                    "e13",
                    "m",
                    AttributeValue.fromM(
                            Map.of("city", AttributeValue.fromS("Oslo"), "zip", AttributeValue.fromS("0150")))),
            example(
                    "+ m = {} and l = [] (empty)",
                    "e14",
                    "m",
                    AttributeValue.fromM(Map.of()),
                    "l",
                    AttributeValue.fromL(List.of())),
            padded("padded to exactly 1,024 bytes", "e15", 1024),
            padded("padded to 1,025 bytes", "e16", 1025),
            padded("padded to exactly 4,096 bytes", "e17", 4096),
            padded("padded to 4,097 bytes", "e18", 4097));

    private WorkedExamples() {}

    private static Example example(String description, String key, Object... attributes) {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put("pk", AttributeValue.fromS(key));
        for (int i = 0; i < attributes.length; i += 2) {
            item.put((String) attributes[i], (AttributeValue) attributes[i + 1]);
        }
        return new Example(description, Map.copyOf(item));
    }

    /** An item of exactly {@code bytes}: the key plus a string "d" ("d" is 1 byte) filling the rest. */
    public static Map<String, AttributeValue> paddedItem(String key, long bytes) {
        long keySize = 2 + key.length();
        return Map.of(
                "pk", AttributeValue.fromS(key), "d", AttributeValue.fromS("x".repeat((int) (bytes - keySize - 1))));
    }

    private static Example padded(String description, String key, long bytes) {
        return new Example(description, paddedItem(key, bytes));
    }
}
