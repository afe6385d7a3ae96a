package com.example.dynamodb.performance.exercises;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Exercise 06.1, the reference solution. */
public final class ItemSize {

    private ItemSize() {}

    public static long sizeBytes(Map<String, AttributeValue> item) {
        long size = 0;
        for (Map.Entry<String, AttributeValue> e : item.entrySet()) {
            size += utf8(e.getKey()) + value(e.getValue());
        }
        return size;
    }

    public static double writeUnits(Map<String, AttributeValue> item) {
        return Math.max(1, (sizeBytes(item) + 1023) / 1024);
    }

    private static long value(AttributeValue v) {
        return switch (v.type()) {
            case S -> utf8(v.s());
            case N -> number(v.n());
            case B -> v.b().asByteArray().length;
            case BOOL, NUL -> 1;
            case SS -> v.ss().stream().mapToLong(ItemSize::utf8).sum();
            case NS -> v.ns().stream().mapToLong(ItemSize::number).sum();
            case BS -> v.bs().stream().mapToLong(b -> b.asByteArray().length).sum();
            case L -> 3 + v.l().stream().mapToLong(e -> 1 + value(e)).sum();
            case M ->
                3
                        + v.m().entrySet().stream()
                                .mapToLong(e -> 1 + utf8(e.getKey()) + value(e.getValue()))
                                .sum();
            case UNKNOWN_TO_SDK_VERSION -> throw new IllegalArgumentException("Unknown type: " + v);
        };
    }

    private static long number(String n) {
        BigDecimal value = new BigDecimal(n);
        if (value.signum() == 0) {
            return 1;
        }
        BigDecimal digits = value.abs().stripTrailingZeros();
        int beforePoint = digits.precision() - digits.scale();
        int digitBytes = (digits.precision() + Math.floorMod(beforePoint, 2) + 1) / 2;
        return 1 + digitBytes + (value.signum() < 0 && digitBytes < 20 ? 1 : 0);
    }

    private static long utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
