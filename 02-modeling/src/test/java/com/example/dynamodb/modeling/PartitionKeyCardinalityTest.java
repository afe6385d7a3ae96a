package com.example.dynamodb.modeling;

import static com.example.dynamodb.modeling.PartitionKeyCardinality.PARTITION_MAX_WCU;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.dynamodb.modeling.PartitionKeyCardinality.OrderWrite;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Tests of the partition MODEL: no DynamoDB involved, only the hash-and-count arithmetic. */
class PartitionKeyCardinalityTest {

    private static final int PARTITIONS = 8;
    private final List<OrderWrite> writes = PartitionKeyCardinality.workload(6_000, 1_000, 42);

    @Test
    @DisplayName("a low-cardinality key (status) concentrates the load; userId spreads it")
    void statusKeyIsSkewedUserIdKeyIsNot() {
        long[] byStatus = PartitionKeyCardinality.loadPerPartition(writes, OrderWrite::status, PARTITIONS);
        long[] byUser = PartitionKeyCardinality.loadPerPartition(writes, OrderWrite::userId, PARTITIONS);

        // The busiest status alone lands on one partition, so the hottest share is at least its share.
        double busiestStatusShare = largestGroup(OrderWrite::status) / (double) writes.size();
        assertThat(PartitionKeyCardinality.hottestShare(byStatus)).isGreaterThanOrEqualTo(busiestStatusShare);
        // Under userId, the hottest partition stays near the ideal 1/n; under status it is far above.
        double ideal = 1.0 / PARTITIONS;
        assertThat(PartitionKeyCardinality.hottestShare(byUser)).isLessThan(ideal * 1.25);
        assertThat(PartitionKeyCardinality.hottestShare(byStatus))
                .isGreaterThan(3 * PartitionKeyCardinality.hottestShare(byUser));
    }

    @Test
    @DisplayName("under status the hottest partition exceeds the documented 1,000 WCU; under userId none does")
    void onlyTheStatusKeyExceedsThePartitionLimit() {
        long[] byStatus = PartitionKeyCardinality.loadPerPartition(writes, OrderWrite::status, PARTITIONS);
        long[] byUser = PartitionKeyCardinality.loadPerPartition(writes, OrderWrite::userId, PARTITIONS);

        assertThat(Arrays.stream(byStatus).max().orElseThrow()).isGreaterThan(PARTITION_MAX_WCU);
        assertThat(Arrays.stream(byUser).max().orElseThrow()).isLessThanOrEqualTo(PARTITION_MAX_WCU);
        // The whole workload fits in the table's partitions in both cases: only the spread differs.
        assertThat(writes).hasSizeLessThanOrEqualTo(PARTITIONS * PARTITION_MAX_WCU);
    }

    @Test
    @DisplayName("a key with k distinct values can use at most k partitions")
    void distinctValuesBoundTheUsedPartitions() {
        long[] byStatus = PartitionKeyCardinality.loadPerPartition(writes, OrderWrite::status, PARTITIONS);
        long distinctStatuses =
                writes.stream().map(OrderWrite::status).distinct().count();

        assertThat(Arrays.stream(byStatus).filter(load -> load > 0).count()).isLessThanOrEqualTo(distinctStatuses);
        assertThat(Arrays.stream(byStatus).sum()).isEqualTo(writes.size());
    }

    @Test
    @DisplayName("the model's hash spreads 1,000 distinct keys evenly: every partition gets 1/n +- 25%")
    void hashSpreadsDistinctKeysEvenly() {
        int keys = 1_000;
        long[] keysPerPartition = new long[PARTITIONS];
        for (int i = 0; i < keys; i++) {
            keysPerPartition[PartitionKeyCardinality.partitionOf("user-" + i, PARTITIONS)]++;
        }

        double ideal = keys / (double) PARTITIONS;
        assertThat(Arrays.stream(keysPerPartition).boxed().toList())
                .allSatisfy(count -> assertThat(count.doubleValue()).isBetween(ideal * 0.75, ideal * 1.25));
    }

    private long largestGroup(Function<OrderWrite, String> key) {
        Map<String, Long> counts = writes.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
        return counts.values().stream().max(Long::compare).orElseThrow();
    }
}
