package com.example.dynamodb.techniques;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What the item-size techniques shrink: the size DynamoDB bills a flat item for, and the write
 * units of that size. Every attribute counts its name and its value: a string its UTF-8 bytes,
 * binary its raw bytes (not its base64 text), a number 1 byte plus its digits two to a byte, a
 * boolean or a null 1 byte, a set the sum of its elements. Lists and maps (3 bytes, plus 1 per
 * element, on top of the elements) are refused here rather than sized: these techniques store
 * none. {@code ItemSizeTest} proves each size to the byte against DynamoDB Local.
 */
public final class ItemSize {

    /** One write capacity unit covers a write of up to 1 KB. */
    public static final int WRITE_UNIT_BYTES = 1024;

    /** The largest item DynamoDB stores: 400 KB, names and values included. */
    public static final int MAX_ITEM_BYTES = 400 * 1024;

    private ItemSize() {}

    public static long of(Map<String, AttributeValue> item) {
        return item.entrySet().stream()
                .mapToLong(attribute -> utf8(attribute.getKey()) + valueBytes(attribute.getKey(), attribute.getValue()))
                .sum();
    }

    /** Write units for writing an item of {@code bytes}: whole 1 KB units, at least one. */
    public static long writeUnits(long bytes) {
        return Math.max(1, (bytes + WRITE_UNIT_BYTES - 1) / WRITE_UNIT_BYTES);
    }

    private static long valueBytes(String name, AttributeValue value) {
        return switch (value.type()) {
            case S -> utf8(value.s());
            case B -> value.b().asByteArray().length;
            case N -> numberBytes(value.n());
            case BOOL, NUL -> 1;
            case SS -> value.ss().stream().mapToLong(ItemSize::utf8).sum();
            case NS -> value.ns().stream().mapToLong(ItemSize::numberBytes).sum();
            case BS ->
                value.bs().stream().mapToLong(b -> b.asByteArray().length).sum();
            default ->
                throw new IllegalArgumentException("Attribute " + name + " is a " + value.type()
                        + ": ItemSize sizes flat items (strings, numbers, binary, booleans, nulls, sets) only");
        };
    }

    /**
     * A number is stored as an exponent byte and its significant digits two to a byte, lined up on
     * the decimal point: "1.5" is stored as "01.5" (3 bytes in all, like "123"), "15" in 2. A
     * negative number adds a terminator byte unless its digits fill 20 bytes: "-7" is 3 bytes. The
     * developer guide rounds this to "1 byte per two significant digits, plus 1".
     */
    static long numberBytes(String number) {
        BigDecimal n = new BigDecimal(number);
        if (n.signum() == 0) {
            return 1;
        }
        BigDecimal digits = n.abs().stripTrailingZeros();
        int lined = digits.precision() + Math.floorMod(digits.precision() - digits.scale(), 2); // "01.5"
        long digitBytes = (lined + 1) / 2;
        return 1 + digitBytes + (n.signum() < 0 && digitBytes < 20 ? 1 : 0);
    }

    private static long utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
