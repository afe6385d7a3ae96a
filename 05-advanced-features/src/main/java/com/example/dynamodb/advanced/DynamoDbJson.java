package com.example.dynamodb.advanced;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Base64;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Items as lines of DynamoDB JSON, the format of DynamoDB's own exports to S3: every value keeps its
 * type ({@code {"N":"42"}}, {@code {"SS":["a","b"]}}), so a restore gives back exactly what was
 * exported. Numbers stay strings, so no digit of a 38-digit number is lost. Reading them back, with
 * an error for every way a line can be damaged, is {@link DynamoDbJsonReader}'s part.
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

    // end::convert[]
}
