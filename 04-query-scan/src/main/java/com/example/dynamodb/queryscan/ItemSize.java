package com.example.dynamodb.queryscan;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The size DynamoDB bills an item for, and what reading it costs. A Query or Scan page is billed
 * on the sizes of every item it read, summed and then rounded up to 4 KB once: that is what the
 * cost lessons compare against DynamoDB's {@code ConsumedCapacity}, and {@code ItemSizeTest}
 * proves each size to the byte on DynamoDB Local (items padded to exactly 1 KB and 4 KB, and one
 * byte past).
 */
public final class ItemSize {

    /** One read capacity unit covers a strongly consistent read of up to 4 KB. */
    public static final int READ_UNIT_BYTES = 4096;

    private ItemSize() {}

    /** An item: every attribute's name (UTF-8 bytes) plus its value. */
    public static long of(Map<String, AttributeValue> item) {
        long size = 0;
        for (Map.Entry<String, AttributeValue> attribute : item.entrySet()) {
            size += utf8(attribute.getKey()) + valueBytes(attribute.getValue());
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

    /** One value, without its name. */
    static long valueBytes(AttributeValue value) {
        return switch (value.type()) {
            case S -> utf8(value.s());
            case N -> numberBytes(value.n());
            case B -> value.b().asByteArray().length;
            case BOOL, NUL -> 1;
            // A set is the sum of its elements.
            case SS -> value.ss().stream().mapToLong(ItemSize::utf8).sum();
            case NS -> value.ns().stream().mapToLong(ItemSize::numberBytes).sum();
            case BS ->
                value.bs().stream().mapToLong(b -> b.asByteArray().length).sum();
            // A document: 3 bytes, plus 1 per element; a map's entries are sized like an item's attributes.
            case L ->
                3
                        + value.l().size()
                        + value.l().stream().mapToLong(ItemSize::valueBytes).sum();
            case M -> 3 + value.m().size() + of(value.m());
            case UNKNOWN_TO_SDK_VERSION -> throw new IllegalArgumentException("Unknown attribute type: " + value);
        };
    }

    /**
     * A number: 1 byte, plus its significant digits two to a byte. The pairs line up with the
     * decimal point, so an odd count of digits before the point starts with a half-empty byte
     * ("1.5" is stored as "01.5": 2 digit bytes, 3 in all, where "15" takes 2 in all). A negative
     * number takes 1 byte more, unless its digits already fill 20 bytes; zero is 1 byte. The
     * developer guide rounds this to "1 byte per two significant digits, plus 1 byte".
     */
    static long numberBytes(String number) {
        BigDecimal value = new BigDecimal(number);
        if (value.signum() == 0) {
            return 1;
        }
        BigDecimal significant = value.abs().stripTrailingZeros();
        int beforePoint = significant.precision() - significant.scale();
        long digitBytes = (significant.precision() + Math.floorMod(beforePoint, 2) + 1) / 2;
        return 1 + digitBytes + (value.signum() < 0 && digitBytes < 20 ? 1 : 0);
    }

    private static long utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
