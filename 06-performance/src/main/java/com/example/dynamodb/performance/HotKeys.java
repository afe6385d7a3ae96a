package com.example.dynamodb.performance;

import com.example.dynamodb.performance.PartitionModel.Phase;
import com.example.dynamodb.performance.PartitionModel.Result;
import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Hot keys, shown on the {@link PartitionModel} (a model of documented limits, not DynamoDB
 * itself: DynamoDB Local never throttles). One table, 4,000 WCU provisioned, so 4 partitions of
 * 1,000 WCU each; 60 seconds of 3,000 writes a second, 1 WCU each, spread in different ways.
 */
public final class HotKeys {

    public static final long WCU = 4_000;
    public static final int SECONDS = 60;

    private HotKeys() {}

    /** 3,000 writes/s on two partition key values (an order status): at least 1,500/s on one partition. */
    public static Result lowCardinality() {
        return run(Map.of("status#OPEN", 2_000, "status#CLOSED", 1_000));
    }

    /** The same 3,000 writes/s over 3,000 customer ids. */
    public static Result highCardinality() {
        return run(PartitionModel.keys("customer#", 3_000, 1));
    }

    /** The two hot keys, each written with a random suffix #0..#9: the same writes, 20 keys. */
    public static Result sharded() {
        Map<String, Integer> load = new java.util.HashMap<>(PartitionModel.sharded("status#OPEN", 2_000, 10));
        load.putAll(PartitionModel.sharded("status#CLOSED", 1_000, 10));
        return run(load);
    }

    private static Result run(Map<String, Integer> load) {
        int partitions = PartitionModel.partitionsFor(0, WCU, 1);
        return PartitionModel.simulate(WCU, partitions, true, List.of(new Phase(SECONDS, load)));
    }

    /**
     * Burst and adaptive capacity on a 2,000 WCU table with 40 GB of data (4 partitions by size,
     * so 500 WCU each): one key takes 800 writes/s for 20 s after 60 quiet seconds.
     */
    public static Result hotPartition(boolean quietFirst, boolean adaptive) {
        List<Phase> phases = new ArrayList<>();
        if (quietFirst) {
            phases.add(new Phase(60, Map.of()));
        }
        phases.add(new Phase(20, Map.of("device#42", 800)));
        return PartitionModel.simulate(2_000, PartitionModel.partitionsFor(0, 2_000, 40), adaptive, phases);
    }

    static void demo(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("Partitions and hot keys (a MODEL of documented limits)");
        Narrator.step("4,000 WCU = 4 partitions of 1,000 WCU; 60 s of 3,000 writes/s");
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("workload", "partitions", "writes", "throttled"));
        row(rows, "2 keys (status OPEN/CLOSED)", lowCardinality());
        row(rows, "3,000 keys (customer ids)", highCardinality());
        row(rows, "2 keys sharded #0..#9", sharded());
        Narrator.table(rows);
        Narrator.step("2,000 WCU, 40 GB = 4 partitions of 500 WCU; one key at 800 writes/s for 20 s");
        rows = new ArrayList<>();
        rows.add(List.of("scenario", "partitions", "writes", "throttled"));
        row(rows, "no adaptive capacity, no saved burst", hotPartition(false, false));
        row(rows, "no adaptive capacity, 60 s quiet first (burst)", hotPartition(true, false));
        row(rows, "adaptive capacity", hotPartition(false, true));
        Narrator.table(rows);
    }

    private static void row(List<List<String>> rows, String label, Result r) {
        rows.add(List.of(
                label, String.valueOf(r.partitions()), String.valueOf(r.writes()), String.valueOf(r.throttled())));
    }

    public static void main(String[] args) {
        Walkthroughs.run(HotKeys::demo);
    }
}
