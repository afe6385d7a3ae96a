package com.example.dynamodb.fundamentals;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Items as DynamoDB JSON, the form they travel in on the wire (and the AWS CLI prints): every value
 * wrapped in its type, {@code {"N":"1999"}}, {@code {"S":"TEA-0042"}}, {@code {"M":{...}}}. For the
 * lessons' narration: attributes sorted by name, strings not escaped beyond quotes.
 */
public final class DynamoDbJson {

    private DynamoDbJson() {}

    public static String of(Map<String, AttributeValue> item) {
        return new TreeMap<>(item)
                .entrySet().stream()
                        .map(e -> quote(e.getKey()) + ":" + of(e.getValue()))
                        .collect(Collectors.joining(",", "{", "}"));
    }

    public static String of(AttributeValue value) {
        return switch (value.type()) {
            case S -> "{\"S\":" + quote(value.s()) + "}";
            case N -> "{\"N\":" + quote(value.n()) + "}";
            case BOOL -> "{\"BOOL\":" + value.bool() + "}";
            case NUL -> "{\"NULL\":true}";
            case M -> "{\"M\":" + of(value.m()) + "}";
            case L -> value.l().stream().map(DynamoDbJson::of).collect(Collectors.joining(",", "{\"L\":[", "]}"));
            case SS -> value.ss().stream().map(DynamoDbJson::quote).collect(Collectors.joining(",", "{\"SS\":[", "]}"));
            case NS -> value.ns().stream().map(DynamoDbJson::quote).collect(Collectors.joining(",", "{\"NS\":[", "]}"));
            default -> value.toString(); // binary types: not used by these lessons' narration
        };
    }

    private static String quote(String text) {
        return '"' + text.replace("\"", "\\\"") + '"';
    }
}
