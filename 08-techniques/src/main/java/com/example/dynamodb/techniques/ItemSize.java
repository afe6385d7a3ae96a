package com.example.dynamodb.techniques;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The size DynamoDB bills an item for (copied from 04-query-scan, which tests the rule): every
 * attribute counts its name plus its value; strings count their UTF-8 bytes, binary its bytes,
 * numbers about one byte per two significant digits plus one, lists and maps three bytes plus one
 * per element. Writes are billed in 1 KB units of this size, reads in 4 KB units.
 */
public final class ItemSize {

    /** One write capacity unit covers a write of up to 1 KB. */
    public static final int WRITE_UNIT_BYTES = 1024;

    /** The largest item DynamoDB stores: 400 KB, names and values included. */
    public static final int MAX_ITEM_BYTES = 400 * 1024;

    private ItemSize() {}

    public static long of(Map<String, AttributeValue> item) {
        long size = 0;
        for (Map.Entry<String, AttributeValue> e : item.entrySet()) {
            size += utf8(e.getKey()) + value(e.getValue());
        }
        return size;
    }

    /** Write units for writing an item of {@code bytes}: whole 1 KB units, at least one. */
    public static long writeUnits(long bytes) {
        return Math.max(1, (bytes + WRITE_UNIT_BYTES - 1) / WRITE_UNIT_BYTES);
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
            case UNKNOWN_TO_SDK_VERSION -> throw new IllegalArgumentException("unknown type: " + v);
        };
    }

    private static long number(String n) {
        // Significant digits, without sign, leading zeros and trailing zeros.
        String digits =
                new BigDecimal(n).stripTrailingZeros().unscaledValue().abs().toString();
        return (digits.length() + 1) / 2 + 1;
    }

    private static long utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
