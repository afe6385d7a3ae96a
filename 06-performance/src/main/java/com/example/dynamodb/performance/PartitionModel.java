package com.example.dynamodb.performance;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A MODEL of how a provisioned table's write capacity is spread over partitions, built only from
 * DynamoDB's documented limits; it is not DynamoDB's implementation. The limits it uses:
 * a partition serves at most 1,000 WCU (and 3,000 RCU) per second and holds at most 10 GB; a
 * table's provisioned capacity is shared evenly by its partitions; unused capacity is kept for up
 * to 300 seconds (burst capacity); adaptive capacity lets a hot partition use more than its share,
 * up to the per-partition limit, while the table as a whole stays within its provisioned capacity.
 *
 * <p>Each partition is a token bucket, simulated second by second. Items go to partitions by a
 * hash of the partition key, so all writes to one key land on one partition.
 */
public final class PartitionModel {

    // tag::simulate[]
    public static final int PARTITION_WCU_LIMIT = 1_000;
    public static final int PARTITION_RCU_LIMIT = 3_000;
    public static final long PARTITION_SIZE_LIMIT_GB = 10;
    public static final int BURST_SECONDS = 300;

    /** Writes per partition key, for a number of seconds (each write of 1 WCU: items up to 1 KB). */
    public record Phase(int seconds, Map<String, Integer> writesPerKeyPerSecond) {}

    /** What the model counted. */
    public record Result(int partitions, long writes, long throttled) {}

    /** Partitions a table needs by the documented limits: for its throughput, and for its size. */
    public static int partitionsFor(long provisionedRcu, long provisionedWcu, long sizeGb) {
        long forThroughput = (long) Math.ceil(
                provisionedRcu / (double) PARTITION_RCU_LIMIT + provisionedWcu / (double) PARTITION_WCU_LIMIT);
        long forSize = (sizeGb + PARTITION_SIZE_LIMIT_GB - 1) / PARTITION_SIZE_LIMIT_GB;
        return (int) Math.max(1, Math.max(forThroughput, forSize));
    }

    /** The partition a key's items live on: a stable hash, as DynamoDB's is, modulo the partitions. */
    public static int partitionOf(String partitionKey, int partitions) {
        long hash = UUID.nameUUIDFromBytes(partitionKey.getBytes(StandardCharsets.UTF_8))
                .getMostSignificantBits();
        return (int) Math.floorMod(hash, (long) partitions);
    }

    public static Result simulate(long provisionedWcu, int partitions, boolean adaptiveCapacity, List<Phase> phases) {
        if (provisionedWcu < 1 || partitions < 1) {
            throw new IllegalArgumentException("The model needs at least 1 WCU and 1 partition, got " + provisionedWcu
                    + " WCU on " + partitions + " partition(s)");
        }
        double share = provisionedWcu / (double) partitions;
        double[] tokens = new double[partitions]; // unused capacity each partition has saved
        double tableTokens = 0; // with adaptive capacity, the table's budget is shared
        long writes = 0;
        long throttled = 0;
        for (Phase phase : phases) {
            long[] demand = new long[partitions];
            phase.writesPerKeyPerSecond().forEach((key, n) -> demand[partitionOf(key, partitions)] += n);
            for (int second = 0; second < phase.seconds(); second++) {
                tableTokens = Math.min(tableTokens + provisionedWcu, (double) provisionedWcu * BURST_SECONDS);
                for (int p = 0; p < partitions; p++) {
                    // Without adaptive capacity a partition earns its share; with it, up to its limit.
                    double rate = adaptiveCapacity ? PARTITION_WCU_LIMIT : share;
                    tokens[p] = Math.min(tokens[p] + rate, rate * BURST_SECONDS);
                    double served = Math.min(demand[p], Math.min(tokens[p], PARTITION_WCU_LIMIT));
                    if (adaptiveCapacity) {
                        served = Math.min(served, tableTokens); // never more than the table's capacity
                        tableTokens -= Math.floor(served);
                    }
                    tokens[p] -= Math.floor(served);
                    writes += demand[p];
                    throttled += demand[p] - (long) Math.floor(served);
                }
            }
        }
        return new Result(partitions, writes, throttled);
    }
    // end::simulate[]

    private PartitionModel() {}

    /** {@code count} keys "prefix0".."prefix{count-1}", each written {@code perKey} times a second. */
    public static Map<String, Integer> keys(String prefix, int count, int perKey) {
        Map<String, Integer> keys = new java.util.LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            keys.put(prefix + i, perKey);
        }
        return keys;
    }

    /** Write sharding: the same writes to {@code key}, spread over {@code shards} suffixed keys. */
    public static Map<String, Integer> sharded(String key, int writesPerSecond, int shards) {
        Map<String, Integer> keys = new java.util.LinkedHashMap<>();
        for (int s = 0; s < shards; s++) {
            keys.put(key + "#" + s, writesPerSecond / shards + (s < writesPerSecond % shards ? 1 : 0));
        }
        return keys;
    }
}
