package com.example.dynamodb.queryscan;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The size DynamoDB bills an item for, following the rules of the developer guide: every
 * attribute counts its name plus its value; strings count their UTF-8 bytes, numbers about one
 * byte per two significant digits plus one, lists and maps three bytes plus one per element.
 * Reads are billed in 4 KB units of these sizes: that is what the cost lessons compare against.
 */
public final class ItemSize {

    /** One read capacity unit covers a strongly consistent read of up to 4 KB. */
    public static final int READ_UNIT_BYTES = 4096;

    private ItemSize() {}

    public static long of(Map<String, AttributeValue> item) {
        long size = 0;
        for (Map.Entry<String, AttributeValue> e : item.entrySet()) {
            size += utf8(e.getKey()) + value(e.getValue());
        }
        return size;
    }

    /** Sum of the item sizes, which is what a Query or Scan page is billed on. */
    public static long total(Collection<Map<String, AttributeValue>> items) {
        return items.stream().mapToLong(ItemSize::of).sum();
    }

    /** Read units for reading {@code bytes} in one request: whole 4 KB units, halved if eventual. */
    public static double readUnits(long bytes, boolean stronglyConsistent) {
        long units = (bytes + READ_UNIT_BYTES - 1) / READ_UNIT_BYTES;
        return stronglyConsistent ? units : units / 2.0;
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
