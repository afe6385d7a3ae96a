package com.example.dynamodb.queryscan;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * A parallel scan splits a table into {@code TotalSegments} disjoint segments; each worker scans
 * one {@code Segment}, following its own pages. Together they read every item exactly once, in
 * less wall time; the capacity is a sequential scan's, give or take the rounding of each page.
 */
public final class ParallelScan {

    /** The developer guide's starting point: about one segment per 2 GB of table data. */
    static final long BYTES_PER_SEGMENT = 2L * 1024 * 1024 * 1024;

    private ParallelScan() {}

    // tag::parallel[]
    /** Scans {@code segments} segments on {@code executor}; returns each segment's pages. */
    public static List<List<ScanResponse>> scan(
            DynamoDbClient client, String table, int segments, ExecutorService executor) {
        if (segments < 1) {
            throw new IllegalArgumentException("TotalSegments must be at least 1, got " + segments);
        }
        List<Future<List<ScanResponse>>> futures = new ArrayList<>();
        for (int segment = 0; segment < segments; segment++) {
            ScanRequest request = ScanRequest.builder()
                    .tableName(table)
                    .segment(segment)
                    .totalSegments(segments)
                    .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
                    .build();
            // Each worker pages through its own segment: a LastEvaluatedKey belongs to one segment.
            futures.add(
                    executor.submit(() -> client.scanPaginator(request).stream().toList()));
        }
        List<List<ScanResponse>> result = new ArrayList<>();
        for (Future<List<ScanResponse>> future : futures) {
            result.add(join(future));
        }
        return result;
    }
    // end::parallel[]

    // tag::segments[]
    /**
     * A first guess for TotalSegments: one per 2 GB of data, at least 1, at most the workers you
     * can run. Then measure: more segments finish sooner only while capacity and workers keep up.
     */
    public static int suggestedSegments(long tableSizeBytes, int maxWorkers) {
        long bySize = (tableSizeBytes + BYTES_PER_SEGMENT - 1) / BYTES_PER_SEGMENT;
        return (int) Math.max(1, Math.min(bySize, maxWorkers));
    }
    // end::segments[]

    private static <T> T join(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a segment", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw new IllegalStateException("a segment scan failed: " + cause.getMessage(), cause);
        }
    }

    static void demo(DynamoDbBackend ddb, Tables tables) {
        DynamoDbClient client = ddb.client();
        String table = SampleOrders.seededTable(client, tables);
        Narrator.section("Parallel scan");
        ExecutorService executor = Executors.newFixedThreadPool(4);
        try {
            List<List<ScanResponse>> segments = scan(client, table, 4, executor);
            Narrator.step("TotalSegments=4 on 4 threads: items per segment "
                    + segments.stream()
                            .map(pages ->
                                    pages.stream().mapToInt(ScanResponse::count).sum())
                            .toList()
                    + ", " + segments.stream().mapToInt(List::size).sum() + " pages, "
                    + segments.stream()
                            .flatMap(List::stream)
                            .mapToDouble(p -> p.consumedCapacity().capacityUnits())
                            .sum()
                    + " RCU in all: every item read once, as in a sequential scan");
        } finally {
            executor.shutdown();
        }
        long tableSize = client.describeTable(b -> b.tableName(table)).table().tableSizeBytes();
        Narrator.step("Segments to start with: this table (" + tableSize + " bytes reported) -> "
                + suggestedSegments(tableSize, 8) + "; a 30 GB table with 8 workers -> "
                + suggestedSegments(30L << 30, 8));
    }

    public static void main(String[] args) {
        try (DynamoDbBackend ddb = DynamoDbBackend.open();
                Tables tables = Tables.forWalkthrough(ddb)) {
            demo(ddb, tables);
        }
    }
}
