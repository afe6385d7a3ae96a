package com.example.dynamodb.advanced;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Items as lines of DynamoDB JSON, the format of DynamoDB's own exports to S3: every value keeps its
 * type ({@code {"N":"42"}}, {@code {"SS":["a","b"]}}), so a restore gives back exactly what was
 * exported. Numbers stay strings, so no digit of a 38-digit number is lost.
 */
public final class DynamoDbJson {

    private DynamoDbJson() {}

    // tag::convert[]
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One item as one line: {@code {"Item":{"customerId":{"S":"c1"},"amount":{"N":"42.5"}}}}. */
    public static String toLine(Map<String, AttributeValue> item) {
        ObjectNode line = JSON.createObjectNode();
        line.set("Item", toJson(item));
        return line.toString();
    }

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

    static ObjectNode toJson(Map<String, AttributeValue> item) {
        ObjectNode node = JSON.createObjectNode();
        item.forEach((name, value) -> node.set(name, toJson(value)));
        return node;
    }

    static ObjectNode toJson(AttributeValue v) {
        ObjectNode node = JSON.createObjectNode();
        Base64.Encoder base64 = Base64.getEncoder();
        switch (v.type()) {
            case S -> node.put("S", v.s());
            case N -> node.put("N", v.n());
            case B -> node.put("B", base64.encodeToString(v.b().asByteArray()));
            case BOOL -> node.put("BOOL", v.bool());
            case NUL -> node.put("NULL", true);
            case SS -> v.ss().forEach(node.putArray("SS")::add);
            case NS -> v.ns().forEach(node.putArray("NS")::add);
            case BS -> {
                ArrayNode values = node.putArray("BS");
                v.bs().forEach(b -> values.add(base64.encodeToString(b.asByteArray())));
            }
            case L -> {
                ArrayNode values = node.putArray("L");
                v.l().forEach(e -> values.add(toJson(e)));
            }
            case M -> node.set("M", toJson(v.m()));
            default -> throw new IllegalArgumentException("an attribute of an unknown type: " + v);
        }
        return node;
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
    // end::convert[]
}
