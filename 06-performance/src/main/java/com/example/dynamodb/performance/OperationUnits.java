package com.example.dynamodb.performance;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What whole operations cost, built on {@link CapacityCalculator}'s item sizes: a Query page rounds
 * once, a BatchGetItem rounds every item, an update pays for the larger of before and after, a
 * transaction pays twice. Each rule is proven against DynamoDB Local's {@code ConsumedCapacity}.
 */
public final class OperationUnits {

    private OperationUnits() {}

    /**
     * One Query or Scan page: the sizes of every item read (before any filter) summed, then
     * rounded up to 4 KB once. DynamoDB Local bills an empty page 0; AWS documents a charge for it.
     */
    public static double queryReadUnits(List<Map<String, AttributeValue>> items, boolean stronglyConsistent) {
        long bytes = items.stream().mapToLong(CapacityCalculator::itemSizeBytes).sum();
        long units = (bytes + CapacityCalculator.READ_UNIT_BYTES - 1) / CapacityCalculator.READ_UNIT_BYTES;
        return stronglyConsistent ? units : units / 2.0;
    }

    /** BatchGetItem: each item found is rounded up to 4 KB on its own, then the units are added. */
    public static double batchGetReadUnits(List<Map<String, AttributeValue>> found, boolean stronglyConsistent) {
        return found.stream()
                .mapToDouble(i -> CapacityCalculator.readUnits(i, stronglyConsistent))
                .sum();
    }

    /** UpdateItem, or a PutItem that replaces: the larger of the item before and after. */
    public static double updateWriteUnits(Map<String, AttributeValue> before, Map<String, AttributeValue> after) {
        return Math.max(sizeUnits(before), sizeUnits(after));
    }

    /** DeleteItem: the size of the deleted item; deleting nothing still costs 1. */
    public static double deleteWriteUnits(Map<String, AttributeValue> existing) {
        return CapacityCalculator.writeUnits(existing == null ? 0 : CapacityCalculator.itemSizeBytes(existing));
    }

    /**
     * One Put, Update or Delete inside TransactWriteItems: twice the plain write, as AWS documents.
     * DynamoDB Local 3.3.1 reports less when two items of a transaction round to the same number of
     * units (it counts each distinct count once: two 5-byte puts 2.0, not 4), and bills a
     * transactional delete of an item that is not there 1 unit, not 2.
     */
    public static double transactionalWriteUnits(
            Map<String, AttributeValue> before, Map<String, AttributeValue> after) {
        double units = updateWriteUnits(before, after);
        return units == 0 ? 1 : 2 * units;
    }

    /** One Get inside TransactGetItems: twice a strongly consistent read. */
    public static double transactionalReadUnits(Map<String, AttributeValue> item) {
        return 2 * CapacityCalculator.readUnits(item, true);
    }

    /** A ConditionCheck inside TransactWriteItems: DynamoDB Local bills it as a transactional read. */
    public static double conditionCheckUnits(Map<String, AttributeValue> item) {
        return transactionalReadUnits(item);
    }

    /** The write units of an item's size, 0 when there is no item. */
    private static double sizeUnits(Map<String, AttributeValue> item) {
        return item == null || item.isEmpty() ? 0 : CapacityCalculator.writeUnits(item);
    }
}
