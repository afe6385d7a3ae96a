package com.example.dynamodb.performance;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What one item costs, to the byte: its size, and the capacity units a write or a read of it
 * consumes. Every rule here agrees exactly with DynamoDB Local's {@code ConsumedCapacity}, which
 * the tests use as the oracle (randomized items, and items padded to exactly 1 KB and 4 KB
 * multiples and one byte more). Where the AWS documentation says less, or differs, the README says
 * so. What whole operations cost is in {@link OperationUnits}, what indexes cost in
 * {@link IndexWriteUnits}.
 */
public final class CapacityCalculator {

    /** One write unit covers up to 1 KB. */
    public static final int WRITE_UNIT_BYTES = 1024;

    /** One read unit covers a strongly consistent read of up to 4 KB. */
    public static final int READ_UNIT_BYTES = 4096;

    private CapacityCalculator() {}

    // tag::item-size[]
    /** The billed size of an item: each attribute's UTF-8 name plus its value. */
    public static long itemSizeBytes(Map<String, AttributeValue> item) {
        long size = 0;
        for (Map.Entry<String, AttributeValue> attribute : item.entrySet()) {
            size += utf8Bytes(attribute.getKey()) + valueSizeBytes(attribute.getValue());
        }
        return size;
    }

    /** The size of one value, without its name. */
    public static long valueSizeBytes(AttributeValue value) {
        return switch (value.type()) {
            case S -> utf8Bytes(value.s());
            case N -> numberSizeBytes(value.n());
            case B -> value.b().asByteArray().length;
            case BOOL, NUL -> 1;
            case SS -> value.ss().stream().mapToLong(s -> utf8Bytes(s)).sum();
            case NS -> value.ns().stream().mapToLong(n -> numberSizeBytes(n)).sum();
            case BS ->
                value.bs().stream().mapToLong(b -> b.asByteArray().length).sum();
            // A list or map: 3 bytes, plus 1 byte per element, plus the elements (and a map's keys).
            case L ->
                3 + value.l().stream().mapToLong(e -> 1 + valueSizeBytes(e)).sum();
            case M ->
                3
                        + value.m().entrySet().stream()
                                .mapToLong(e -> 1 + utf8Bytes(e.getKey()) + valueSizeBytes(e.getValue()))
                                .sum();
            case UNKNOWN_TO_SDK_VERSION -> throw new IllegalArgumentException("Unknown attribute type: " + value);
        };
    }

    /**
     * A number is stored as one exponent byte and its significant digits in pairs (base 100),
     * aligned so that the exponent is even: "1.5" needs a leading zero digit ("01.5"), so it takes
     * two digit bytes where "15" takes one. A negative number gets one more (terminator) byte,
     * unless its digits already fill 20 bytes. Zero is one byte.
     */
    public static long numberSizeBytes(String number) {
        BigDecimal value;
        try {
            value = new BigDecimal(number.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Not a DynamoDB number: \"" + number + "\"", e);
        }
        if (value.signum() == 0) {
            return 1;
        }
        BigDecimal digits = value.abs().stripTrailingZeros();
        int integerDigits = digits.precision() - digits.scale(); // digits before the point (may be <= 0)
        int alignment = Math.floorMod(integerDigits, 2); // 1 when the exponent is odd
        int digitBytes = (digits.precision() + alignment + 1) / 2;
        boolean terminator = value.signum() < 0 && digitBytes < 20;
        return 1 + digitBytes + (terminator ? 1 : 0);
    }

    private static long utf8Bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
    // end::item-size[]

    // tag::units[]
    /** Write units for writing {@code bytes}: whole 1 KB units, at least 1. */
    public static double writeUnits(long bytes) {
        return Math.max(1, (bytes + 1023) / 1024);
    }

    /** Read units for reading {@code bytes} in one request: whole 4 KB units (at least 1), halved if eventual. */
    public static double readUnits(long bytes, boolean stronglyConsistent) {
        long units = Math.max(1, (bytes + 4095) / 4096);
        return stronglyConsistent ? units : units / 2.0;
    }
    // end::units[]

    /** PutItem (of a new item) or one put in a BatchWriteItem. */
    public static double writeUnits(Map<String, AttributeValue> item) {
        return writeUnits(itemSizeBytes(item));
    }

    /** GetItem. An item that is not there ({@code null} or empty) still costs the minimum. */
    public static double readUnits(Map<String, AttributeValue> item, boolean stronglyConsistent) {
        return readUnits(item == null ? 0 : itemSizeBytes(item), stronglyConsistent);
    }
}
