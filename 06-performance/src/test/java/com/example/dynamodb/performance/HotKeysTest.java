package com.example.dynamodb.performance;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.dynamodb.performance.PartitionModel.Phase;
import com.example.dynamodb.performance.PartitionModel.Result;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Outcomes of the partition MODEL (documented limits, simulated), not measurements of DynamoDB. */
class HotKeysTest {

    @Test
    @DisplayName("model: 3,000 writes/s on 2 key values throttle on a 4,000 WCU table, even with adaptive capacity")
    void lowCardinalityThrottles() {
        Result r = HotKeys.lowCardinality();
        assertThat(r.partitions()).isEqualTo(4);
        assertThat(r.writes()).isEqualTo(180_000);
        // The OPEN key's 2,000 writes/s meet a partition that serves at most 1,000 a second.
        assertThat(r.throttled()).isGreaterThanOrEqualTo(60_000);
        // Here both values hash to the same partition: 3,000 writes/s on it, 2,000 of them throttled
        // every second (the 120,000 the README's walkthrough output shows).
        assertThat(PartitionModel.partitionOf("status#OPEN", 4))
                .isEqualTo(PartitionModel.partitionOf("status#CLOSED", 4));
        assertThat(r.throttled()).isEqualTo(60 * 2_000);
    }

    @Test
    @DisplayName("model: the same 3,000 writes/s over 3,000 keys are never throttled")
    void highCardinalityDoesNot() {
        Result r = HotKeys.highCardinality();
        assertThat(r.writes()).isEqualTo(180_000);
        assertThat(r.throttled()).isZero();
    }

    @Test
    @DisplayName("model: sharding the 2 hot keys into #0..#9 suffixes removes the throttling")
    void shardingRemovesThrottling() {
        assertThat(HotKeys.sharded().throttled()).isZero();
        assertThat(HotKeys.sharded().writes())
                .isEqualTo(HotKeys.lowCardinality().writes());
    }

    @Test
    @DisplayName(
            "model: a hot partition above its 500 WCU share throttles; 60 quiet seconds of burst absorb 20 s of it; so does adaptive capacity")
    void burstAndAdaptive() {
        assertThat(HotKeys.hotPartition(false, false).throttled()).isEqualTo(20 * 300);
        assertThat(HotKeys.hotPartition(true, false).throttled()).isZero();
        assertThat(HotKeys.hotPartition(false, true).throttled()).isZero();
    }

    @Test
    @DisplayName(
            "model: adaptive capacity never lets a partition past 1,000 WCU/s, nor the table past what it provisioned")
    void adaptiveHasLimits() {
        // 1,500 writes/s on one key of a 10,000 WCU table: 500/s over the partition limit.
        Result oneKey = PartitionModel.simulate(10_000, 10, true, List.of(new Phase(10, Map.of("k", 1_500))));
        assertThat(oneKey.throttled()).isEqualTo(10 * 500);
        // 3,000 writes/s spread, on a 2,000 WCU table with 10 partitions: 1,000/s over the table.
        Result overTable =
                PartitionModel.simulate(2_000, 10, true, List.of(new Phase(10, PartitionModel.keys("k", 3_000, 1))));
        assertThat(overTable.throttled()).isEqualTo(10 * 1_000);
    }

    @Test
    @DisplayName("model: partitions follow the documented limits: 1,000 WCU, 3,000 RCU and 10 GB each")
    void partitionCounts() {
        assertThat(PartitionModel.partitionsFor(0, 4_000, 1)).isEqualTo(4);
        assertThat(PartitionModel.partitionsFor(6_000, 0, 1)).isEqualTo(2);
        assertThat(PartitionModel.partitionsFor(3_000, 1_000, 1)).isEqualTo(2);
        assertThat(PartitionModel.partitionsFor(1, 1, 95)).isEqualTo(10);
    }

    @Test
    @DisplayName("model: a key always lands on the same partition, and 3,000 customer ids spread over all 4")
    void stableHash() {
        assertThat(PartitionModel.partitionOf("customer#7", 4)).isEqualTo(PartitionModel.partitionOf("customer#7", 4));
        java.util.Set<Integer> used = PartitionModel.keys("customer#", 3_000, 1).keySet().stream()
                .map(k -> PartitionModel.partitionOf(k, 4))
                .collect(java.util.stream.Collectors.toSet());
        assertThat(used).containsExactlyInAnyOrder(0, 1, 2, 3);
    }

    @Test
    @DisplayName("model: a table of 0 partitions or 0 WCU is refused with a sentence")
    void badModel() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        PartitionModel.simulate(1_000, 0, false, List.of(new Phase(1, Map.of("k", 1)))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 1 WCU and 1 partition");
    }
}
