package com.example.dynamodb.advanced;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Reads the lines {@link DynamoDbJson} writes back into items, strictly: a line that is not valid
 * JSON, has no {@code Item}, or holds a value that is not a typed DynamoDB value ends in an
 * IllegalArgumentException that says what is wrong, so that a restore can name the bad line.
 */
public final class DynamoDbJsonReader {

    private DynamoDbJsonReader() {}

    // tag::read[]
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The item of one line; an IllegalArgumentException says what is wrong with it. */
    public static Map<String, AttributeValue> fromLine(String line) {
        JsonNode root;
        try {
            root = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON (" + e.getOriginalMessage() + ")");
        }
        if (root == null || !root.path("Item").isObject()) {
            throw new IllegalArgumentException("no \"Item\" object");
        }
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        root.get("Item").fields().forEachRemaining(f -> item.put(f.getKey(), fromJson(f.getKey(), f.getValue())));
        return item;
    }

    static AttributeValue fromJson(String name, JsonNode value) {
        if (!value.isObject() || value.size() != 1) {
            throw new IllegalArgumentException(name + " is not a typed value such as {\"S\":\"text\"}");
        }
        Map.Entry<String, JsonNode> typed = value.fields().next();
        JsonNode v = typed.getValue();
        return switch (typed.getKey()) {
            case "S" -> AttributeValue.fromS(text(name, v));
            case "N" -> AttributeValue.fromN(number(name, v));
            case "B" -> AttributeValue.fromB(bytes(name, v));
            case "BOOL" -> {
                requireThat(v.isBoolean(), name, "true or false");
                yield AttributeValue.fromBool(v.booleanValue());
            }
            case "NULL" -> {
                requireThat(v.isBoolean() && v.booleanValue(), name, "true");
                yield AttributeValue.fromNul(true);
            }
            case "SS" ->
                AttributeValue.fromSs(
                        elements(name, v).stream().map(e -> text(name, e)).toList());
            case "NS" ->
                AttributeValue.fromNs(
                        elements(name, v).stream().map(e -> number(name, e)).toList());
            case "BS" ->
                AttributeValue.fromBs(
                        elements(name, v).stream().map(e -> bytes(name, e)).toList());
            case "L" ->
                AttributeValue.fromL(
                        elements(name, v).stream().map(e -> fromJson(name, e)).toList());
            case "M" -> {
                requireThat(v.isObject(), name, "a JSON object");
                Map<String, AttributeValue> map = new LinkedHashMap<>();
                v.fields().forEachRemaining(f -> map.put(f.getKey(), fromJson(name + "." + f.getKey(), f.getValue())));
                yield AttributeValue.fromM(map);
            }
            default -> throw new IllegalArgumentException(name + " has an unknown type \"" + typed.getKey() + "\"");
        };
    }

    private static void requireThat(boolean valid, String name, String expected) {
        if (!valid) {
            throw new IllegalArgumentException(name + " should hold " + expected);
        }
    }

    private static String text(String name, JsonNode v) {
        requireThat(v.isTextual(), name, "a JSON string");
        return v.textValue();
    }

    private static String number(String name, JsonNode v) {
        String text = text(name, v);
        try {
            new BigDecimal(text); // DynamoDB takes up to 38 digits; the string itself is kept
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " holds \"" + text + "\", which is not a number");
        }
        return text;
    }

    private static SdkBytes bytes(String name, JsonNode v) {
        String text = text(name, v);
        try {
            return SdkBytes.fromByteArray(Base64.getDecoder().decode(text));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + " is not valid Base64");
        }
    }

    private static List<JsonNode> elements(String name, JsonNode v) {
        requireThat(v.isArray(), name, "a JSON array");
        List<JsonNode> list = new ArrayList<>();
        v.forEach(list::add);
        return list;
    }
    // end::read[]
}
