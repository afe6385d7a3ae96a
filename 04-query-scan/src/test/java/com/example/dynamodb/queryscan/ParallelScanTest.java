package com.example.dynamodb.queryscan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.dynamodb.support.DynamoDbTest;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
        Queue<ScanResponse> pages = new ConcurrentLinkedQueue<>();
        Map<Integer, Integer> itemsPerSegment = new ConcurrentHashMap<>();
        ParallelScan.scan(client, orders.table(), segments, executor, (segment, page) -> {
            pages.add(page);
            itemsPerSegment.merge(segment, page.count(), Integer::sum);
        });

        assertThat(itemsPerSegment)
                .hasSize(segments)
                .allSatisfy((segment, items) -> assertThat(items).isPositive());
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

    @Test
    @DisplayName(
            "pages reach the consumer while the other segments are still scanning: nothing waits for the whole table")
    void pagesArriveAsTheyAreRead(DynamoDbClient client, SeededOrders orders) {
        // Every segment's first page waits until all four first pages have arrived. A scan that
        // collected each segment before handing anything over could never get past this point.
        CountDownLatch allFirstPages = new CountDownLatch(4);
        Set<Integer> segmentsSeen = ConcurrentHashMap.newKeySet();
        AtomicInteger items = new AtomicInteger();
        ParallelScan.scan(client, orders.table(), 4, executor, (segment, page) -> {
            if (segmentsSeen.add(segment)) {
                allFirstPages.countDown();
                awaitOrFail(allFirstPages);
            }
            items.addAndGet(page.count());
        });

        assertThat(allFirstPages.getCount()).isZero();
        assertThat(items).hasValue(orders.items().size());
    }

    @Test
    @DisplayName("when one segment fails, the others are cancelled and the scan throws that failure")
    void oneFailureCancelsTheOthers(DynamoDbClient client, SeededOrders orders) throws InterruptedException {
        ExecutorService workers = Executors.newFixedThreadPool(4);
        CountDownLatch othersWaiting = new CountDownLatch(3);
        CountDownLatch never = new CountDownLatch(1); // the other segments would wait here forever
        Set<Integer> interrupted = ConcurrentHashMap.newKeySet();
        try {
            assertThatThrownBy(() -> ParallelScan.scan(client, orders.table(), 4, workers, (segment, page) -> {
                        if (segment == 2) {
                            awaitOrFail(othersWaiting); // fail once the three others are busy
                            throw new IllegalStateException("disk full while writing segment 2");
                        }
                        othersWaiting.countDown();
                        try {
                            never.await();
                        } catch (InterruptedException e) {
                            interrupted.add(segment); // cancelled: stop, read no further pages
                            Thread.currentThread().interrupt();
                        }
                    }))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("A segment scan failed: disk full while writing segment 2")
                    .hasCauseInstanceOf(IllegalStateException.class);

            // Without the cancellation, three workers would stay blocked on `never` for good.
            workers.shutdown();
            assertThat(workers.awaitTermination(10, TimeUnit.SECONDS))
                    .as("the other segments stopped")
                    .isTrue();
            assertThat(interrupted).containsExactlyInAnyOrder(0, 1, 3);
        } finally {
            never.countDown();
            workers.shutdownNow();
        }
    }

    private static void awaitOrFail(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the other segments never arrived");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
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
        assertThatThrownBy(() -> ParallelScan.scan(client, orders.table(), 0, executor, (segment, page) -> {}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("TotalSegments must be at least 1");
    }
}
