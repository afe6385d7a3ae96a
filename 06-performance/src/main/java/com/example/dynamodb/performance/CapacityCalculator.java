package com.example.dynamodb.performance;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;

/**
 * What a request costs, to the byte: item sizes and the capacity units DynamoDB bills for them.
 * Every rule here agrees exactly with DynamoDB Local's {@code ConsumedCapacity}, which the tests
 * use as the oracle (randomized items, and items padded to exactly 1 KB and 4 KB multiples and
 * one byte more). Where the AWS documentation says less, or differs, the README says so.
 */
public final class CapacityCalculator {

    /** One write unit covers up to 1 KB. */
    public static final int WRITE_UNIT_BYTES = 1024;

    /** One read unit covers a strongly consistent read of up to 4 KB. */
    public static final int READ_UNIT_BYTES = 4096;

    /** What DynamoDB Local adds to an LSI entry when it bills a write to the LSI. */
    public static final int LSI_ENTRY_OVERHEAD_BYTES = 100;

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

    /**
     * One Query or Scan page: the sizes of every item read (before any filter) summed, then
     * rounded up to 4 KB once. DynamoDB Local bills an empty page 0; AWS documents a charge for it.
     */
    public static double queryReadUnits(List<Map<String, AttributeValue>> items, boolean stronglyConsistent) {
        long bytes = items.stream().mapToLong(CapacityCalculator::itemSizeBytes).sum();
        long units = (bytes + READ_UNIT_BYTES - 1) / READ_UNIT_BYTES;
        return stronglyConsistent ? units : units / 2.0;
    }

    /** BatchGetItem: each item found is rounded up to 4 KB on its own, then the units are added. */
    public static double batchGetReadUnits(List<Map<String, AttributeValue>> found, boolean stronglyConsistent) {
        return found.stream().mapToDouble(i -> readUnits(i, stronglyConsistent)).sum();
    }

    /** UpdateItem, or a PutItem that replaces: the larger of the item before and after. */
    public static double updateWriteUnits(Map<String, AttributeValue> before, Map<String, AttributeValue> after) {
        return Math.max(sizeUnits(before), sizeUnits(after));
    }

    /** DeleteItem: the size of the deleted item; deleting nothing still costs 1. */
    public static double deleteWriteUnits(Map<String, AttributeValue> existing) {
        return writeUnits(existing == null ? 0 : itemSizeBytes(existing));
    }

    /**
     * One Put, Update or Delete inside TransactWriteItems: twice the plain write. (DynamoDB Local
     * bills a transactional delete of an item that is not there 1 unit, not 2.)
     */
    public static double transactionalWriteUnits(
            Map<String, AttributeValue> before, Map<String, AttributeValue> after) {
        double units = updateWriteUnits(before, after);
        return units == 0 ? 1 : 2 * units;
    }

    /** One Get inside TransactGetItems: twice a strongly consistent read. */
    public static double transactionalReadUnits(Map<String, AttributeValue> item) {
        return 2 * readUnits(item, true);
    }

    /** A ConditionCheck inside TransactWriteItems: DynamoDB Local bills it as a transactional read. */
    public static double conditionCheckUnits(Map<String, AttributeValue> item) {
        return transactionalReadUnits(item);
    }

    /** A secondary index as the write cost sees it: its keys, its projection, LSI or GSI. */
    public record SecondaryIndex(
            String name, boolean local, List<String> keys, ProjectionType projection, Set<String> included) {

        public static SecondaryIndex gsi(
                String name, ProjectionType projection, List<String> keys, String... included) {
            return new SecondaryIndex(name, false, keys, projection, Set.of(included));
        }

        public static SecondaryIndex lsi(
                String name, ProjectionType projection, List<String> keys, String... included) {
            return new SecondaryIndex(name, true, keys, projection, Set.of(included));
        }
    }

    /**
     * What one write costs an index, given the item before and after ({@code null} when absent).
     * 0 when the index is not written: the item lacks an index key (a sparse index), or nothing
     * the index holds changed. Moving an entry (its index key changed) costs a delete plus a put.
     */
    public static double indexWriteUnits(
            SecondaryIndex index,
            List<String> tableKeys,
            Map<String, AttributeValue> before,
            Map<String, AttributeValue> after) {
        Map<String, AttributeValue> old = before == null ? Map.of() : before;
        Map<String, AttributeValue> now = after == null ? Map.of() : after;
        Set<String> present = new HashSet<>(old.keySet());
        present.addAll(now.keySet());
        if (!present.containsAll(index.keys())) {
            return 0; // not in the index before or after
        }
        Set<String> projected = projectedNames(index, tableKeys, present);
        long overhead = index.local() ? LSI_ENTRY_OVERHEAD_BYTES : 0;
        double oldEntry = writeUnits(itemSizeBytes(project(old, projected)) + overhead);
        double newEntry = writeUnits(itemSizeBytes(project(now, projected)) + overhead);
        Set<Transition> keyChanges = index.keys().stream()
                .map(k -> transition(old.get(k), now.get(k)))
                .collect(Collectors.toSet());
        if (keyChanges.contains(Transition.REMOVED)) {
            return oldEntry;
        } else if (keyChanges.contains(Transition.ADDED)) {
            return newEntry;
        } else if (keyChanges.contains(Transition.CHANGED)) {
            return oldEntry + newEntry; // the entry moves: delete the old, put the new
        }
        boolean touched = projected.stream().anyMatch(n -> transition(old.get(n), now.get(n)) != Transition.SAME);
        return touched ? Math.max(oldEntry, newEntry) : 0;
    }

    /** The table's units plus every index's: what {@code ConsumedCapacity.capacityUnits()} reports. */
    public static double totalWriteUnits(
            List<String> tableKeys,
            List<SecondaryIndex> indexes,
            Map<String, AttributeValue> before,
            Map<String, AttributeValue> after) {
        double total = Math.max(1, updateWriteUnits(before, after));
        for (SecondaryIndex index : indexes) {
            total += indexWriteUnits(index, tableKeys, before, after);
        }
        return total;
    }

    private static double sizeUnits(Map<String, AttributeValue> item) {
        return item == null || item.isEmpty() ? 0 : writeUnits(itemSizeBytes(item));
    }

    private static Set<String> projectedNames(SecondaryIndex index, List<String> tableKeys, Set<String> present) {
        if (index.projection() == ProjectionType.ALL) {
            return present;
        }
        Set<String> names = new HashSet<>(tableKeys);
        names.addAll(index.keys());
        if (index.projection() == ProjectionType.INCLUDE) {
            names.addAll(index.included());
        }
        return names;
    }

    private static Map<String, AttributeValue> project(Map<String, AttributeValue> item, Set<String> names) {
        return item.entrySet().stream()
                .filter(e -> names.contains(e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private enum Transition {
        SAME,
        ADDED,
        REMOVED,
        CHANGED
    }

    private static Transition transition(AttributeValue before, AttributeValue after) {
        if (before == null) {
            return after == null ? Transition.SAME : Transition.ADDED;
        } else if (after == null) {
            return Transition.REMOVED;
        }
        return before.equals(after) ? Transition.SAME : Transition.CHANGED;
    }
}
