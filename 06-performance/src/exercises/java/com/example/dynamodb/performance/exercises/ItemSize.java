package com.example.dynamodb.performance.exercises;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Exercise 06.1 Write units to the byte (40 minutes). Read first: README section "1. Capacity
 * units, to the byte" (and its table of worked examples).
 *
 * <p>Write {@link #sizeBytes}: the size DynamoDB bills for an item, exactly, and {@link #writeUnits}:
 * the write capacity units a PutItem of that (new) item consumes.
 *
 * <ul>
 *   <li>Each attribute counts its name (UTF-8 bytes) plus its value. A string: its UTF-8 bytes
 *       ({@code "città 🚀"} is 11). Binary: its raw bytes. A boolean or a null: 1 byte.
 *   <li>A set: the sum of its elements. A list: 3 bytes, plus 1 byte per element, plus the
 *       elements. A map: 3 bytes, plus for each entry 1 byte, its key's UTF-8 bytes and its value.
 *   <li>A number: 1 byte, plus its significant digits (no sign, no leading or trailing zeros) in
 *       pairs, but first a zero digit is put in front when the number of digits before the decimal
 *       point is odd ({@code 1.5} is stored as {@code 01.5}: 2 digit bytes, 3 in all; {@code 15}: 1
 *       digit byte, 2 in all; {@code 0.001}: digits before the point -2, even: 2 in all). A
 *       negative number takes one byte more. Zero is 1 byte.
 *   <li>Write units: whole 1 KB (1,024-byte) units, at least 1.
 * </ul>
 *
 * The tests check your size to the byte against DynamoDB Local: they pad each item, by your count,
 * to exactly 1,024 bytes (which must cost 1 WCU) and to 1,025 (which must cost 2). Done when {@code
 * mvn test -pl 06-performance -Pexercises -Dtest=ItemSizeTest} passes.
 *
 * <p>Hints: {@code value.type()} tells the kind ({@code S, N, B, BOOL, NUL, SS, NS, BS, L, M});
 * {@code new BigDecimal(n).abs().stripTrailingZeros()} has {@code precision()} (the significant
 * digits) and {@code scale()}; the digits before the point are {@code precision() - scale()};
 * {@code Math.floorMod(x, 2)} is 1 for odd x, also negative ones.
 */
public final class ItemSize {

    private static final String NOT_SOLVED = "Exercise 06.1 Write units to the byte: not solved yet — start in"
            + " src/exercises/java/com/example/dynamodb/performance/exercises/ItemSize.java; see README 'Exercises'";

    private ItemSize() {}

    /** The billed size of the item in bytes. */
    public static long sizeBytes(Map<String, AttributeValue> item) {
        throw new UnsupportedOperationException(NOT_SOLVED);
    }

    /** The write units a PutItem of this new item consumes. */
    public static double writeUnits(Map<String, AttributeValue> item) {
        throw new UnsupportedOperationException(NOT_SOLVED);
    }
}
