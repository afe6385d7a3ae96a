package com.example.dynamodb.performance;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;

/**
 * What one write costs each secondary index, given the item before and after it: the rule that
 * {@link IndexWriteCost} shows with {@code ReturnConsumedCapacity.INDEXES}, and that the tests
 * prove against DynamoDB Local index by index. An index pays for its own copy of the projected
 * attributes; a sparse index that lacks the item pays nothing; an entry whose index key changed
 * moves (a delete plus a put).
 */
public final class IndexWriteUnits {

    /** What DynamoDB Local adds to an LSI entry when it bills a write to the LSI. */
    public static final int LSI_ENTRY_OVERHEAD_BYTES = 100;

    private IndexWriteUnits() {}

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
        double oldEntry = entryUnits(old, projected, overhead);
        double newEntry = entryUnits(now, projected, overhead);
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
        double total = Math.max(1, OperationUnits.updateWriteUnits(before, after));
        for (SecondaryIndex index : indexes) {
            total += indexWriteUnits(index, tableKeys, before, after);
        }
        return total;
    }

    private static double entryUnits(Map<String, AttributeValue> item, Set<String> projected, long overhead) {
        Map<String, AttributeValue> entry = item.entrySet().stream()
                .filter(e -> projected.contains(e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return CapacityCalculator.writeUnits(CapacityCalculator.itemSizeBytes(entry) + overhead);
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
