package com.example.dynamodb.projects.iot;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Getting many readings in fast: 25 per BatchWriteItem, several batches in flight at once on the
 * caller's executor, and whatever comes back in {@code UnprocessedItems} sent again (only that)
 * after a jittered pause. A batch saves round trips, not capacity: 25 readings still cost 25 write
 * units.
 */
public final class ReadingIngest {

    private ReadingIngest() {}

    /** The baseline: one PutItem per reading, one after another. */
    public static int putOneByOne(DynamoDbClient client, String table, List<Reading> readings) {
        readings.forEach(r -> client.putItem(b -> b.tableName(table).item(r.toItem(Readings.RETENTION))));
        return readings.size();
    }

    // tag::ingest[]
    /** What an ingest did: readings written, and how many BatchWriteItem calls were re-sends. */
    public record Report(int written, int resends) {}

    /** Re-sends: full jitter, a pause uniform in [0, min(cap, base * 2^(n-1))] before re-send n; attempts per batch. */
    public record Resend(long baseMillis, long capMillis, int maxAttempts) {
        /** 50 ms base, 5 s cap, 10 attempts per batch: the corpus's one rule (03-crud's Backoff.standard()). */
        public static final Resend STANDARD = new Resend(50, 5_000, 10);

        public Resend {
            if (baseMillis < 0 || capMillis < baseMillis || maxAttempts < 1) {
                throw new IllegalArgumentException("need 0 <= base <= cap and at least one attempt");
            }
        }

        /** The longest pause before re-send {@code n} (1: the first). */
        public long ceiling(int n) {
            return Math.min(capMillis, baseMillis << Math.min(n - 1, 30)); // 30: no overflow
        }
    }

    /** The ingest stopped before it sent every reading: the caller's interrupt, or the executor refused a batch. */
    public static final class Stopped extends IllegalStateException {
        private final transient List<Reading> notSent;

        Stopped(String message, List<Reading> notSent, Throwable cause) {
            super(message, cause);
            this.notSent = List.copyOf(notSent);
        }

        /** The readings never sent, in order: send them again, or keep them. */
        public List<Reading> notSent() {
            return notSent;
        }
    }

    /**
     * Writes all readings on {@code executor}, at most {@code maxInFlight} batches at once; {@code progress}:
     * readings written. It returns or throws only when every batch it handed to the executor has ended.
     */
    public static Report ingest(
            DynamoDbClient client,
            String table,
            List<Reading> readings,
            Executor executor,
            int maxInFlight,
            Resend resend,
            IntConsumer progress) {
        if (maxInFlight < 1 || maxInFlight > 64) {
            throw new IllegalArgumentException("maxInFlight must be between 1 and 64, got " + maxInFlight);
        }
        AtomicInteger written = new AtomicInteger();
        AtomicInteger resends = new AtomicInteger();
        AtomicBoolean failed = new AtomicBoolean();
        Semaphore inFlight = new Semaphore(maxInFlight);
        List<CompletableFuture<Void>> batches = new ArrayList<>();
        int from = 0;
        Exception stoppedBy = null; // why the readings from `from` on were never sent
        for (; from < readings.size() && !failed.get(); from += 25) { // 25: BatchWriteItem's limit
            List<WriteRequest> batch = readings.subList(from, Math.min(from + 25, readings.size())).stream()
                    .map(r -> WriteRequest.builder()
                            .putRequest(p -> p.item(r.toItem(Readings.RETENTION)))
                            .build())
                    .toList();
            try {
                inFlight.acquire(); // waits while maxInFlight batches are being written
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // the caller still sees its interrupt
                stoppedBy = e;
                break;
            }
            try {
                batches.add(CompletableFuture.runAsync(
                        () -> {
                            try {
                                resends.addAndGet(writeBatch(
                                        client, table, batch, resend, n -> progress.accept(written.addAndGet(n))));
                            } catch (RuntimeException e) {
                                failed.set(true); // send no more batches
                                throw e;
                            } finally {
                                inFlight.release();
                            }
                        },
                        executor));
            } catch (RejectedExecutionException e) { // e.g. a full queue, or a pool shut down
                inFlight.release();
                stoppedBy = e;
                break;
            }
        }
        try {
            CompletableFuture.allOf(batches.toArray(CompletableFuture[]::new)).join(); // never interrupted
        } catch (CompletionException e) {
            throw new IllegalStateException(
                    "ingest failed after " + written.get() + " readings: "
                            + e.getCause().getMessage(),
                    e.getCause());
        }
        if (stoppedBy != null) {
            String why = stoppedBy instanceof InterruptedException
                    ? "ingest interrupted after " + written.get() + " of " + readings.size() + " readings"
                    : "ingest stopped after " + written.get() + " of " + readings.size()
                            + " readings: the executor refused a batch (" + stoppedBy.getMessage() + ")";
            throw new Stopped(
                    why + "; the " + (readings.size() - from) + " readings from index " + from + " on were not sent",
                    readings.subList(from, readings.size()),
                    stoppedBy);
        }
        return new Report(written.get(), resends.get());
    }

    /** Sends one batch, then only its UnprocessedItems, after a jittered pause; returns the re-sends. */
    private static int writeBatch(
            DynamoDbClient client, String table, List<WriteRequest> batch, Resend resend, IntConsumer written) {
        Map<String, List<WriteRequest>> pending = Map.of(table, batch);
        for (int attempt = 1; ; attempt++) {
            Map<String, List<WriteRequest>> request = pending;
            BatchWriteItemResponse response = client.batchWriteItem(b -> b.requestItems(request));
            pending = response.hasUnprocessedItems() ? response.unprocessedItems() : Map.of();
            int left = pending.values().stream().mapToInt(List::size).sum();
            written.accept(request.get(table).size() - left);
            if (left == 0) {
                return attempt - 1;
            }
            if (attempt == resend.maxAttempts()) {
                throw new IllegalStateException(left + " reading(s) still unprocessed after " + attempt
                        + " attempts; the table may be throttled");
            }
            try {
                Thread.sleep(ThreadLocalRandom.current().nextLong(resend.ceiling(attempt) + 1));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while backing off", e);
            }
        }
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
