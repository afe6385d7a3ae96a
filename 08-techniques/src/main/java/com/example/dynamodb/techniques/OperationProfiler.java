package com.example.dynamodb.techniques;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;

/**
 * A small profiler for a DynamoDB workload: wrap each call in {@link #record}, and {@link #report}
 * gives, per operation type, the call count, latency percentiles and the capacity consumed (from
 * the responses' {@code ConsumedCapacity}: ask for it with {@code ReturnConsumedCapacity}).
 */
public final class OperationProfiler {

    /** One line of the report. Percentiles by nearest rank: p90 is a latency that 90% of calls did not exceed. */
    public record Stats(
            String operation,
            int calls,
            int errors,
            Duration p50,
            Duration p90,
            Duration p99,
            Duration max,
            double capacityUnits) {}

    private final LongSupplier nanoClock;
    private final Map<String, List<Long>> latencies = new TreeMap<>();
    private final Map<String, Double> capacity = new TreeMap<>();
    private final Map<String, Integer> errors = new TreeMap<>();

    public OperationProfiler() {
        this(System::nanoTime);
    }

    /** With a clock of your own: the tests pass one that advances by known steps. */
    public OperationProfiler(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
    }

    /** Times one call and adds the capacity its response reports; a failed call counts as an error. */
    public <T extends SdkResponse> T record(String operation, Supplier<T> call) {
        long start = nanoClock.getAsLong();
        try {
            T response = call.get();
            add(operation, nanoClock.getAsLong() - start, capacityOf(response), false);
            return response;
        } catch (RuntimeException e) {
            add(operation, nanoClock.getAsLong() - start, 0, true);
            throw e;
        }
    }

    /** Runs {@code warmUp} unrecorded calls first: class loading, connection set-up and JIT compile happen there. */
    public void measure(String operation, int warmUp, int calls, Supplier<? extends SdkResponse> call) {
        for (int i = 0; i < warmUp; i++) {
            call.get();
        }
        for (int i = 0; i < calls; i++) {
            record(operation, call);
        }
    }

    // tag::capacity[]
    /** ConsumedCapacity is one object on most responses and a list (one per table) on batch and transaction ones. */
    public static double capacityOf(SdkResponse response) {
        Object reported =
                response.getValueForField("ConsumedCapacity", Object.class).orElse(null);
        if (reported instanceof ConsumedCapacity one) {
            return one.capacityUnits();
        } else if (reported instanceof List<?> many) {
            return many.stream()
                    .mapToDouble(c -> ((ConsumedCapacity) c).capacityUnits())
                    .sum();
        }
        return 0; // the request did not ask for it (ReturnConsumedCapacity), or the operation has none
    }
    // end::capacity[]

    private synchronized void add(String operation, long nanos, double units, boolean failed) {
        latencies.computeIfAbsent(operation, k -> new ArrayList<>()).add(nanos);
        capacity.merge(operation, units, Double::sum);
        errors.merge(operation, failed ? 1 : 0, Integer::sum);
    }

    public synchronized List<Stats> report() {
        List<Stats> report = new ArrayList<>();
        latencies.forEach((operation, nanos) -> {
            List<Long> sorted = new ArrayList<>(nanos);
            Collections.sort(sorted);
            report.add(new Stats(
                    operation,
                    sorted.size(),
                    errors.get(operation),
                    Duration.ofNanos(percentile(sorted, 50)),
                    Duration.ofNanos(percentile(sorted, 90)),
                    Duration.ofNanos(percentile(sorted, 99)),
                    Duration.ofNanos(sorted.get(sorted.size() - 1)),
                    capacity.get(operation)));
        });
        return report;
    }

    // tag::percentile[]
    /** Nearest rank: the smallest recorded value that at least {@code p}% of the sorted values do not exceed. */
    public static long percentile(List<Long> sorted, double p) {
        int rank = (int) Math.ceil(p / 100 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1); // always a value that was measured, never an interpolation
    }
    // end::percentile[]
}
