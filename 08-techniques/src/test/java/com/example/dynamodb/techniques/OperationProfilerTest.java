package com.example.dynamodb.techniques;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

@DynamoDbTest
class OperationProfilerTest {

    /** A clock that a test moves forward by hand: the profiler reads it before and after each call. */
    private static final class FakeClock {
        final AtomicLong nanos = new AtomicLong();

        long now() {
            return nanos.get();
        }

        GetItemResponse takes(long millis) {
            nanos.addAndGet(Duration.ofMillis(millis).toNanos());
            return GetItemResponse.builder().build();
        }
    }

    @Test
    @DisplayName("percentiles come from the recorded durations: 1..100 ms in any order gives p50 50, p90 90, p99 99")
    void percentiles() {
        FakeClock clock = new FakeClock();
        OperationProfiler profiler = new OperationProfiler(clock::now);
        List<Long> durations = new ArrayList<>();
        for (long ms = 1; ms <= 100; ms++) {
            durations.add(ms);
        }
        Collections.shuffle(durations, new Random(1));

        durations.forEach(ms -> profiler.record("GetItem", () -> clock.takes(ms)));

        OperationProfiler.Stats stats = profiler.report().get(0);
        assertThat(stats.calls()).isEqualTo(100);
        assertThat(stats.p50()).isEqualTo(Duration.ofMillis(50));
        assertThat(stats.p90()).isEqualTo(Duration.ofMillis(90));
        assertThat(stats.p99()).isEqualTo(Duration.ofMillis(99));
        assertThat(stats.max()).isEqualTo(Duration.ofMillis(100));
    }

    @Test
    @DisplayName("nearest rank on few samples: the p99 of three calls is the slowest call, never an invented value")
    void nearestRank() {
        assertThat(OperationProfiler.percentile(List.of(10L, 20L, 30L), 50)).isEqualTo(20L);
        assertThat(OperationProfiler.percentile(List.of(10L, 20L, 30L), 99)).isEqualTo(30L);
        assertThat(OperationProfiler.percentile(List.of(10L, 20L, 30L), 0)).isEqualTo(10L);
        assertThat(OperationProfiler.percentile(List.of(7L), 90)).isEqualTo(7L);
    }

    @Test
    @DisplayName(
            "capacity is summed per operation type from what DynamoDB reports: 10 gets of 0.5 RCU, 4 puts of 2 WCU")
    void capacityPerOperation(DynamoDbClient client, Tables tables) {
        String table = tables.reserve("Profiled");
        tables.createAndWait(SimpleTables.pkSk(table));
        OperationProfiler profiler = new OperationProfiler();
        for (int i = 0; i < 4; i++) {
            var item = Map.of(
                    "pk", AttributeValue.fromS("P"),
                    "sk", AttributeValue.fromS("S" + i),
                    "payload", AttributeValue.fromS("x".repeat(1_500)));
            profiler.record(
                    "PutItem",
                    () -> client.putItem(
                            b -> b.tableName(table).item(item).returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)));
        }
        var key = Map.of("pk", AttributeValue.fromS("P"), "sk", AttributeValue.fromS("S1"));

        profiler.measure(
                "GetItem",
                3,
                10,
                () -> client.getItem(
                        b -> b.tableName(table).key(key).returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)));

        assertThat(profiler.report())
                .extracting(
                        OperationProfiler.Stats::operation,
                        OperationProfiler.Stats::calls,
                        OperationProfiler.Stats::capacityUnits)
                .containsExactly(tuple("GetItem", 10, 5.0), tuple("PutItem", 4, 8.0));
    }

    @Test
    @DisplayName("warm-up calls run but are not recorded")
    void warmUpIsNotRecorded() {
        AtomicInteger calls = new AtomicInteger();
        OperationProfiler profiler = new OperationProfiler();

        profiler.measure("GetItem", 5, 20, () -> {
            calls.incrementAndGet();
            return GetItemResponse.builder().build();
        });

        assertThat(calls).hasValue(25);
        assertThat(profiler.report().get(0).calls()).isEqualTo(20);
    }

    @Test
    @DisplayName("a failing call is counted as an error of its operation, and its exception still reaches the caller")
    void errors() {
        OperationProfiler profiler = new OperationProfiler();
        profiler.record("GetItem", () -> GetItemResponse.builder().build());

        assertThatThrownBy(() -> profiler.record("GetItem", () -> {
                    throw new IllegalStateException("boom");
                }))
                .hasMessage("boom");
        assertThat(profiler.report().get(0)).satisfies(s -> {
            assertThat(s.calls()).isEqualTo(2);
            assertThat(s.errors()).isEqualTo(1);
        });
    }

    @Test
    @DisplayName("batch responses report capacity as a list, one entry per table: the profiler adds them up")
    void listCapacity() {
        var response = BatchGetItemResponse.builder()
                .consumedCapacity(
                        ConsumedCapacity.builder()
                                .tableName("A")
                                .capacityUnits(1.5)
                                .build(),
                        ConsumedCapacity.builder()
                                .tableName("B")
                                .capacityUnits(2.0)
                                .build())
                .build();

        assertThat(OperationProfiler.capacityOf(response)).isEqualTo(3.5);
        assertThat(OperationProfiler.capacityOf(GetItemResponse.builder().build()))
                .isZero();
    }
}
