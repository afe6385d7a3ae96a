package com.example.dynamodb.projects.iot;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Getting many readings in fast: 25 per BatchWriteItem, several batches in flight at once, and
 * whatever comes back in {@code UnprocessedItems} sent again (only that) after a jittered pause.
 * A batch saves round trips, not capacity: 25 readings still cost 25 write units.
 */
public final class ReadingIngest {

    private ReadingIngest() {}

    /** The baseline: one PutItem per reading, one after another. */
    public static int putOneByOne(DynamoDbClient client, String table, List<Reading> readings) {
        readings.forEach(r -> client.putItem(b -> b.tableName(table).item(r.toItem(Readings.RETENTION))));
        return readings.size();
    }

    // tag::ingest[]
    /** What an ingest did: items written, BatchWriteItem calls, and how many of them were re-sends. */
    public record Report(int written, int calls, int resends) {}

    /** Writes all readings with {@code threads} parallel batch writers; {@code progress} gets the running count. */
    public static Report ingest(
            DynamoDbClient client, String table, List<Reading> readings, int threads, IntConsumer progress) {
        if (threads < 1 || threads > 64) {
            throw new IllegalArgumentException("threads must be between 1 and 64, got " + threads);
        }
        AtomicInteger written = new AtomicInteger();
        AtomicInteger calls = new AtomicInteger();
        AtomicInteger resends = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> batches = new ArrayList<>();
            for (int from = 0; from < readings.size(); from += 25) { // 25: BatchWriteItem's limit
                List<WriteRequest> batch = new ArrayList<>();
                for (Reading reading : readings.subList(from, Math.min(from + 25, readings.size()))) {
                    batch.add(WriteRequest.builder()
                            .putRequest(PutRequest.builder()
                                    .item(reading.toItem(Readings.RETENTION))
                                    .build())
                            .build());
                }
                batches.add(pool.submit(() -> {
                    Map<String, List<WriteRequest>> pending = Map.of(table, batch);
                    for (int attempt = 1; !pending.isEmpty(); attempt++) {
                        if (attempt > 10) {
                            throw new IllegalStateException(pending.get(table).size()
                                    + " reading(s) still unprocessed after 10 attempts; the table may be throttled");
                        }
                        if (attempt > 1) { // full jitter: a random pause up to 25 ms * 2^(attempt-2), at most 1 s
                            Thread.sleep(
                                    ThreadLocalRandom.current().nextLong(Math.min(1_000, 25L << (attempt - 2)) + 1));
                            resends.incrementAndGet();
                        }
                        Map<String, List<WriteRequest>> request = pending;
                        BatchWriteItemResponse response = client.batchWriteItem(b -> b.requestItems(request));
                        calls.incrementAndGet();
                        pending = response.hasUnprocessedItems() ? response.unprocessedItems() : Map.of();
                        int unprocessed =
                                pending.values().stream().mapToInt(List::size).sum();
                        progress.accept(written.addAndGet(request.get(table).size() - unprocessed));
                    }
                    return null;
                }));
            }
            for (Future<?> batch : batches) {
                batch.get(); // rethrows the first failure; the finally block stops the rest
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("ingest interrupted after " + written.get() + " readings", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(
                    "ingest failed after " + written.get() + " readings: "
                            + e.getCause().getMessage(),
                    e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return new Report(written.get(), calls.get(), resends.get());
    }
    // end::ingest[]

    // tag::count[]
    /** How many readings are stored for these devices on these days: COUNT queries, page by page. */
    public static long countStored(
            DynamoDbClient client, String table, List<String> deviceIds, LocalDate firstDay, LocalDate lastDay) {
        long count = 0;
        for (String deviceId : deviceIds) {
            for (LocalDate day = firstDay; !day.isAfter(lastDay); day = day.plusDays(1)) {
                String partition = Reading.deviceDay(deviceId, day);
                for (QueryResponse page : client.queryPaginator(b -> b.tableName(table)
                        .keyConditionExpression("deviceDay = :p")
                        .expressionAttributeValues(Map.of(":p", AttributeValue.fromS(partition)))
                        .select(Select.COUNT))) {
                    count += page.count();
                }
            }
        }
        return count;
    }
    // end::count[]
}
