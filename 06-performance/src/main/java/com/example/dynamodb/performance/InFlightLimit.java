package com.example.dynamodb.performance;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;

/**
 * Many async calls, never more than a given number in flight. An async client accepts as many
 * requests as it is handed: an unbounded burst only queues in the HTTP client (Netty serves 50 at
 * a time by default) and times out there. Here {@code maxInFlight} lanes each run one call at a
 * time, and a lane starts its next call when its last one completes: nothing waits for a permit,
 * so no thread blocks, neither the caller's nor the SDK's.
 */
public final class InFlightLimit {

    private InFlightLimit() {}

    // tag::limit[]
    /**
     * Starts {@code call} for every input, never more than {@code maxInFlight} at a time, and
     * completes with the results in the inputs' order. Returns at once: the first calls start on the
     * caller's thread, each later one on the thread that completed the call before it (the SDK's
     * completion pool), so {@code call} must only start a request, never wait for one. After a call
     * fails, no further call is started: the returned future fails with the first failure once the
     * calls already in flight have finished.
     */
    public static <T, R> CompletableFuture<List<R>> callAll(
            List<T> inputs, int maxInFlight, Function<T, CompletableFuture<R>> call) {
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("maxInFlight must be at least 1, got " + maxInFlight);
        }
        return new Lanes<>(List.copyOf(inputs), Math.min(maxInFlight, inputs.size()), call).start();
    }

    private static final class Lanes<T, R> {
        private final List<T> inputs;
        private final Function<T, CompletableFuture<R>> call;
        private final AtomicReferenceArray<R> results;
        private final AtomicInteger next = new AtomicInteger(); // the index of the next input to start
        private final AtomicInteger lanesRunning;
        private final AtomicReference<Throwable> firstFailure = new AtomicReference<>();
        private final CompletableFuture<List<R>> all = new CompletableFuture<>();

        Lanes(List<T> inputs, int lanes, Function<T, CompletableFuture<R>> call) {
            this.inputs = inputs;
            this.call = call;
            this.results = new AtomicReferenceArray<>(inputs.size());
            this.lanesRunning = new AtomicInteger(lanes);
        }

        CompletableFuture<List<R>> start() {
            int lanes = lanesRunning.get();
            if (lanes == 0) {
                all.complete(List.of());
            }
            for (int i = 0; i < lanes; i++) {
                runLane();
            }
            return all;
        }

        /** Starts calls one after another; a loop, not recursion, while calls complete at once. */
        private void runLane() {
            while (true) {
                int index = next.getAndIncrement();
                if (index >= inputs.size() || firstFailure.get() != null) {
                    laneEnded();
                    return;
                }
                CompletableFuture<R> result;
                try {
                    result = call.apply(inputs.get(index));
                } catch (RuntimeException e) { // a call that throws counts as a failed call
                    result = CompletableFuture.failedFuture(e);
                }
                if (result.isDone()) {
                    result.whenComplete((value, failure) -> record(index, value, failure)); // runs here, now
                    continue;
                }
                result.whenComplete((value, failure) -> { // the lane goes on when this call completes
                    record(index, value, failure);
                    runLane();
                });
                return;
            }
        }

        private void record(int index, R value, Throwable failure) {
            if (failure == null) {
                results.set(index, value);
            } else {
                firstFailure.compareAndSet(
                        null,
                        failure instanceof CompletionException c && c.getCause() != null ? c.getCause() : failure);
            }
        }

        private void laneEnded() {
            if (lanesRunning.decrementAndGet() > 0) {
                return; // the last lane to end completes the result: every call started has finished
            }
            if (firstFailure.get() != null) {
                all.completeExceptionally(firstFailure.get());
                return;
            }
            List<R> inOrder = new ArrayList<>(inputs.size());
            for (int i = 0; i < inputs.size(); i++) {
                inOrder.add(results.get(i));
            }
            all.complete(inOrder);
        }
    }
    // end::limit[]
}
