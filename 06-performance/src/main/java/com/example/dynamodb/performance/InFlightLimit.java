package com.example.dynamodb.performance;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Many async calls, never more than a given number in flight. An async client accepts as many
 * requests as it is handed: an unbounded burst only queues in the HTTP client (Netty serves 50 at
 * a time by default) and times out there. A semaphore taken before each call and released when
 * the call completes keeps the burst at the size you choose.
 */
public final class InFlightLimit {

    private InFlightLimit() {}

    // tag::limit[]
    /**
     * Starts {@code call} for every input, never more than {@code maxInFlight} at a time, and
     * completes with the results in the inputs' order. The caller's thread waits for a permit
     * before each start; the callbacks only release permits (they run on the SDK's small
     * completion pool and must never block). After a call fails, no further call is started: the
     * returned future fails with the first failure once the calls already in flight have finished.
     */
    public static <T, R> CompletableFuture<List<R>> callAll(
            List<T> inputs, int maxInFlight, Function<T, CompletableFuture<R>> call) {
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("maxInFlight must be at least 1, got " + maxInFlight);
        }
        Semaphore permits = new Semaphore(maxInFlight);
        AtomicReference<Throwable> firstFailure = new AtomicReference<>();
        List<CompletableFuture<R>> started = new ArrayList<>();
        for (T input : inputs) {
            try {
                permits.acquire(); // blocks the caller, never a callback
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                firstFailure.compareAndSet(null, e);
            }
            if (firstFailure.get() != null) {
                break; // a call failed (or we were interrupted): start no more
            }
            CompletableFuture<R> result;
            try {
                result = call.apply(input);
            } catch (RuntimeException e) { // a call that throws counts as a failed call
                result = CompletableFuture.failedFuture(e);
            }
            started.add(result.whenComplete((value, failure) -> {
                if (failure != null) {
                    firstFailure.compareAndSet(
                            null,
                            failure instanceof CompletionException c && c.getCause() != null ? c.getCause() : failure);
                }
                permits.release();
            }));
        }
        return CompletableFuture.allOf(started.toArray(CompletableFuture[]::new))
                .handle((done, ignored) -> {
                    if (firstFailure.get() != null) {
                        throw new CompletionException(firstFailure.get());
                    }
                    return started.stream().map(CompletableFuture::join).toList();
                });
    }
    // end::limit[]
}
