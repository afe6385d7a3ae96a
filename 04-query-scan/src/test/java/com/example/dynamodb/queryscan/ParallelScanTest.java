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
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

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
    @DisplayName("the segments together return every item exactly once, and are billed for reading each once")
    void everyItemExactlyOnce(int segments, DynamoDbClient client, SeededOrders orders) {
        List<List<ScanResponse>> result = ParallelScan.scan(client, orders.table(), segments, executor);

        assertThat(result)
                .hasSize(segments)
                .allSatisfy(pages -> assertThat(
                                pages.stream().mapToInt(ScanResponse::count).sum())
                        .isPositive());
        List<ScanResponse> pages = result.stream().flatMap(List::stream).toList();
        List<String> keys = pages.stream()
                .flatMap(p -> p.items().stream())
                .map(ParallelScanTest::key)
                .toList();
        assertThat(keys)
                .doesNotHaveDuplicates()
                .hasSize(orders.items().size())
                .containsExactlyInAnyOrderElementsOf(
                        orders.items().stream().map(ParallelScanTest::key).toList());

        // Each page is billed on the items it read (eventually consistent: half units of 4 KB)...
        assertThat(pages)
                .allSatisfy(p -> assertThat(p.consumedCapacity().capacityUnits())
                        .isEqualTo(ItemSize.readUnits(ItemSize.total(p.items()), false)));
        // ...so the total is the whole table read once, plus under half a unit of rounding per page:
        // the same as a sequential scan, give or take the rounding of a few more pages.
        double units = pages.stream()
                .mapToDouble(p -> p.consumedCapacity().capacityUnits())
                .sum();
        double tableReadOnce = ItemSize.total(orders.items()) / (2.0 * ItemSize.READ_UNIT_BYTES);
        assertThat(units).isGreaterThanOrEqualTo(tableReadOnce).isLessThan(tableReadOnce + 0.5 * pages.size());
    }

    private static String key(Map<String, AttributeValue> item) {
        return item.get(OrdersTable.PK).s() + "|" + item.get(OrdersTable.SK).s();
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
