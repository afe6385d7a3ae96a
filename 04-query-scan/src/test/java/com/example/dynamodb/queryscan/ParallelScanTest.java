package com.example.dynamodb.queryscan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.dynamodb.support.DynamoDbTest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@DynamoDbTest
@ExtendWith(SeededOrders.Extension.class)
class ParallelScanTest {

    private static ExecutorService executor;

    @BeforeAll
    static void startWorkers() {
        executor = Executors.newFixedThreadPool(4);
    }

    @AfterAll
    static void stopWorkers() {
        executor.shutdownNow();
    }

    @ParameterizedTest(name = "TotalSegments={0}")
    @ValueSource(ints = {1, 3, 4, 7})
    @DisplayName("the segments together return every item exactly once")
    void everyItemExactlyOnce(int segments, DynamoDbClient client, SeededOrders orders) {
        List<List<Map<String, AttributeValue>>> result = ParallelScan.scan(client, orders.table(), segments, executor);

        assertThat(result)
                .hasSize(segments)
                .allSatisfy(segment -> assertThat(segment).isNotEmpty());
        List<String> keys = result.stream()
                .flatMap(List::stream)
                .map(i ->
                        i.get(OrdersTable.PK).s() + "|" + i.get(OrdersTable.SK).s())
                .toList();
        assertThat(keys)
                .doesNotHaveDuplicates()
                .hasSize(orders.items().size())
                .containsExactlyInAnyOrderElementsOf(orders.items().stream()
                        .map(i -> i.get(OrdersTable.PK).s() + "|"
                                + i.get(OrdersTable.SK).s())
                        .toList());
    }

    @Test
    @DisplayName("the suggested segment count is one per 2 GB, at least 1, capped by the workers")
    void suggestedSegments() {
        long twoGb = ParallelScan.BYTES_PER_SEGMENT;
        assertThat(ParallelScan.suggestedSegments(0, 8)).isEqualTo(1);
        assertThat(ParallelScan.suggestedSegments(3_000_000, 8)).isEqualTo(1);
        assertThat(ParallelScan.suggestedSegments(15 * twoGb, 32)).isEqualTo(15);
        assertThat(ParallelScan.suggestedSegments(15 * twoGb + 1, 32)).isEqualTo(16);
        assertThat(ParallelScan.suggestedSegments(15 * twoGb, 8)).isEqualTo(8);
    }

    @Test
    @DisplayName("a segment count below 1 is refused before any request")
    void badSegmentCount(DynamoDbClient client, SeededOrders orders) {
        assertThatThrownBy(() -> ParallelScan.scan(client, orders.table(), 0, executor))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("TotalSegments must be at least 1");
    }
}
