package com.example.dynamodb.queryscan;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BiConsumer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * A parallel scan splits a table into {@code TotalSegments} disjoint segments; each worker scans
 * one {@code Segment}, following its own pages. Together they read every item exactly once, in
 * less wall time; the capacity is a sequential scan's, give or take the rounding of each page.
 * Pages are handed to the caller as they arrive, so a table of any size scans in little memory.
 */
public final class ParallelScan {

    private ParallelScan() {}

    // tag::parallel[]
    /**
     * Scans {@code segments} segments at once on {@code executor}, handing each page to {@code onPage}
     * with its segment number as soon as it arrives (from several threads: make it thread-safe).
     * Nothing is kept here. If one segment fails, the others are cancelled and the failure is thrown.
     */
    public static void scan(
            DynamoDbClient client,
            String table,
            int segments,
            ExecutorService executor,
            BiConsumer<Integer, ScanResponse> onPage) {
        if (segments < 1) {
            throw new IllegalArgumentException("TotalSegments must be at least 1, got " + segments);
        }
        CompletionService<Integer> done = new ExecutorCompletionService<>(executor);
        List<Future<Integer>> workers = new ArrayList<>();
        for (int segment = 0; segment < segments; segment++) {
            int mine = segment;
            ScanRequest request = ScanRequest.builder()
                    .tableName(table)
                    .segment(segment)
                    .totalSegments(segments)
                    .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
                    .build();
            // Each worker pages through its own segment: a LastEvaluatedKey belongs to one segment.
            workers.add(done.submit(() -> {
                Iterator<ScanResponse> pages = client.scanPaginator(request).iterator();
                // Checked before each request: once cancelled, a worker reads no further page.
                while (!Thread.currentThread().isInterrupted() && pages.hasNext()) {
                    onPage.accept(mine, pages.next());
                }
                return mine;
            }));
        }
        try {
            for (int i = 0; i < segments; i++) {
                done.take().get(); // in completion order: the first failure ends the wait
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the segments", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(
                    "A segment scan failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            workers.forEach(w -> w.cancel(true)); // no-op for finished segments; interrupts the rest
        }
    }
    // end::parallel[]

    // tag::segments[]
    /** The developer guide's starting point: about one segment per 2 GB of table data. */
    public static final long BYTES_PER_SEGMENT = 2L * 1024 * 1024 * 1024;

    /**
     * A first guess for TotalSegments: one per 2 GB of data, at least 1, at most the workers you
     * can run. Then measure: more segments finish sooner only while capacity and workers keep up.
     */
    public static int suggestedSegments(long tableSizeBytes, int maxWorkers) {
        long bySize = (tableSizeBytes + BYTES_PER_SEGMENT - 1) / BYTES_PER_SEGMENT;
        return (int) Math.max(1, Math.min(bySize, maxWorkers));
    }
    // end::segments[]

    static void demo(DynamoDbBackend ddb, Tables tables) {
        DynamoDbClient client = ddb.client();
        String table = SampleOrders.seededTable(client, tables);
        Narrator.section("Parallel scan");
        ExecutorService executor = Executors.newFixedThreadPool(4);
        Map<Integer, LongAdder> itemsPerSegment = new ConcurrentSkipListMap<>();
        LongAdder pages = new LongAdder();
        DoubleAdder units = new DoubleAdder();
        try {
            scan(client, table, 4, executor, (segment, page) -> {
                // Only counts are kept: a real consumer would write each page somewhere and let it go.
                itemsPerSegment.computeIfAbsent(segment, s -> new LongAdder()).add(page.count());
                pages.increment();
                units.add(page.consumedCapacity().capacityUnits());
            });
        } finally {
            executor.shutdown();
        }
        Narrator.step("TotalSegments=4 on 4 threads: items per segment "
                + itemsPerSegment.values().stream().map(LongAdder::sum).toList()
                + ", " + pages.sum() + " pages, " + units.sum()
                + " RCU in all: every item read once, as in a sequential scan");
        long tableSize = client.describeTable(b -> b.tableName(table)).table().tableSizeBytes();
        Narrator.step("Segments to start with: this table (" + tableSize + " bytes reported) -> "
                + suggestedSegments(tableSize, 8) + "; a 30 GB table with 8 workers -> "
                + suggestedSegments(30L << 30, 8));
    }

    public static void main(String[] args) {
        Walkthroughs.run(ParallelScan::demo);
    }
}
