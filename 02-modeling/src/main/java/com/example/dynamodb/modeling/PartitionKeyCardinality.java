package com.example.dynamodb.modeling;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * A MODEL, not DynamoDB: why a high-cardinality partition key spreads a workload and a
 * low-cardinality key piles it onto one partition. DynamoDB's internal hash function and the
 * number of partitions a table has are not public, so this model hashes each key with MD5 onto
 * {@code n} partitions and compares every partition's load with the documented per-partition
 * maximums: 3,000 read capacity units and 1,000 write capacity units per second.
 */
public final class PartitionKeyCardinality {

    /** Documented maximum reads one partition serves per second (read capacity units). */
    public static final int PARTITION_MAX_RCU = 3_000;
    /** Documented maximum writes one partition accepts per second (write capacity units). */
    public static final int PARTITION_MAX_WCU = 1_000;

    private PartitionKeyCardinality() {}

    // tag::workload[]
    /** One write of a small (≤ 1 KB, so 1 WCU) order item. */
    public record OrderWrite(String userId, String status) {}

    /** One second of order writes: many users, but a handful of statuses, most of them PENDING. */
    public static List<OrderWrite> workload(int writes, int users, long seed) {
        Random random = new Random(seed);
        List<OrderWrite> result = new ArrayList<>(writes);
        for (int i = 0; i < writes; i++) {
            int roll = random.nextInt(100); // real workloads are skewed: most orders are new
            String status = roll < 50 ? "PENDING" : roll < 80 ? "SHIPPED" : roll < 95 ? "DELIVERED" : "CANCELLED";
            result.add(new OrderWrite("user-" + random.nextInt(users), status));
        }
        return result;
    }

    /** MODEL: a stable hash of the key picks the partition. DynamoDB's own hash is not public. */
    public static int partitionOf(String key, int partitions) {
        byte[] md5 = md5(key.getBytes(StandardCharsets.UTF_8));
        int hash = ((md5[0] & 0xff) << 24) | ((md5[1] & 0xff) << 16) | ((md5[2] & 0xff) << 8) | (md5[3] & 0xff);
        return Math.floorMod(hash, partitions);
    }

    /** WCU per partition when every write costs 1 WCU and lands where its key hashes. */
    public static long[] loadPerPartition(
            List<OrderWrite> writes, Function<OrderWrite, String> partitionKey, int partitions) {
        long[] load = new long[partitions];
        writes.forEach(w -> load[partitionOf(partitionKey.apply(w), partitions)]++);
        return load;
    }

    private static byte[] md5(byte[] bytes) {
        try {
            return MessageDigest.getInstance("MD5").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime ships MD5", e);
        }
    }
    // end::workload[]

    /** The busiest partition's share of all writes: 1/n is perfect, 1.0 is one hot partition. */
    public static double hottestShare(long[] load) {
        long total = Arrays.stream(load).sum();
        return total == 0 ? 0 : (double) Arrays.stream(load).max().orElse(0) / total;
    }

    static void demo(DynamoDbBackend ddb, Tables tables) {
        int partitions = 8;
        Narrator.section("1. Choosing partition keys (a MODEL of partitions, not DynamoDB)");
        Narrator.say(
                "MODEL: DynamoDB's hash function is not public; this model uses MD5 on " + partitions + " partitions");
        Narrator.say("and the documented limits per partition: " + PARTITION_MAX_RCU + " RCU and " + PARTITION_MAX_WCU
                + " WCU per second.");
        List<OrderWrite> writes = workload(6_000, 1_000, 42);
        long[] byStatus = loadPerPartition(writes, OrderWrite::status, partitions);
        long[] byUser = loadPerPartition(writes, OrderWrite::userId, partitions);
        Narrator.step("6,000 order writes per second (1 WCU each), keyed two ways:");
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("partition", "PK = status (WCU/s)", "PK = userId (WCU/s)"));
        for (int p = 0; p < partitions; p++) {
            rows.add(List.of(String.valueOf(p), flag(byStatus[p]), flag(byUser[p])));
        }
        Narrator.table(rows);
        Narrator.show("hottest partition's share, PK = status", percent(hottestShare(byStatus)));
        Narrator.show("hottest partition's share, PK = userId", percent(hottestShare(byUser)));
        Narrator.say("4 statuses can use at most 4 of " + partitions + " partitions (two may even share one),");
        Narrator.say("and PENDING alone exceeds a partition's " + PARTITION_MAX_WCU + " WCU: those writes would be");
        Narrator.say("throttled however much capacity the table has. 1,000 users keep every partition under it.");
    }

    private static String flag(long wcu) {
        return wcu > PARTITION_MAX_WCU ? wcu + "  <-- over " + PARTITION_MAX_WCU + " WCU" : String.valueOf(wcu);
    }

    private static String percent(double share) {
        return String.format("%.1f%%", share * 100);
    }

    public static void main(String[] args) {
        Walkthroughs.run(PartitionKeyCardinality::demo);
    }
}
