package com.example.dynamodb.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@link InFlightLimit} with calls this test completes by hand: the caller's thread runs
 * {@code callAll} and blocks on the semaphore; the test waits until it is parked there, then
 * counts the calls started. No timing: a call completes only when the test says so.
 */
class InFlightLimitTest {

    private final List<CompletableFuture<String>> calls = new CopyOnWriteArrayList<>();
    private final AtomicReference<CompletableFuture<List<String>>> result = new AtomicReference<>();
    private Thread caller;

    /** Runs callAll on a thread of its own: it blocks while every permit is taken. */
    private void start(List<Integer> inputs, int maxInFlight, Integer throwOn) {
        caller = new Thread(() -> result.set(InFlightLimit.callAll(inputs, maxInFlight, input -> {
            if (input.equals(throwOn)) {
                throw new IllegalStateException("call " + input + " threw");
            }
            CompletableFuture<String> call = new CompletableFuture<>();
            calls.add(call);
            return call;
        })));
        caller.start();
    }

    /**
     * Waits until the caller has started at least {@code started} calls and is parked on the
     * semaphore (or has returned), then checks it started exactly that many.
     */
    private void awaitCallerBlockedAfter(int started) {
        await().atMost(Duration.ofSeconds(10))
                .until(() ->
                        calls.size() >= started && (caller.getState() == Thread.State.WAITING || !caller.isAlive()));
        assertThat(calls).as("calls started").hasSize(started);
    }

    @AfterEach
    void stopCaller() throws InterruptedException {
        calls.forEach(c -> c.complete("late"));
        caller.join(10_000);
    }

    @Test
    @DisplayName("never more than maxInFlight calls started: the 3rd starts only when one of 2 completes;"
            + " results come in the inputs' order, whatever order the calls complete in")
    void boundedAndInOrder() throws InterruptedException {
        start(List.of(1, 2, 3, 4, 5), 2, null);
        awaitCallerBlockedAfter(2);

        calls.get(1).complete("r2");
        awaitCallerBlockedAfter(3);
        calls.get(0).complete("r1");
        awaitCallerBlockedAfter(4);
        calls.get(3).complete("r4");
        calls.get(2).complete("r3");
        caller.join(10_000);
        assertThat(calls).hasSize(5);
        calls.get(4).complete("r5");

        assertThat(result.get().join()).containsExactly("r1", "r2", "r3", "r4", "r5");
    }

    @Test
    @DisplayName("after a call fails nothing more starts; the future fails with that failure once the calls in"
            + " flight have finished")
    void stopsAfterAFailure() throws InterruptedException {
        start(List.of(1, 2, 3, 4, 5), 2, null);
        awaitCallerBlockedAfter(2);

        IllegalStateException throttled = new IllegalStateException("throttled");
        calls.get(0).completeExceptionally(throttled);
        caller.join(10_000);
        assertThat(calls).as("calls started").hasSize(2);
        assertThat(result.get()).as("call 2 is still in flight").isNotDone();

        calls.get(1).complete("r2");
        assertThatThrownBy(() -> result.get().join())
                .isInstanceOf(CompletionException.class)
                .hasCause(throttled);
    }

    @Test
    @DisplayName("a call that throws instead of returning a future counts as a failed call")
    void aThrowingCallFails() throws InterruptedException {
        start(List.of(1, 2, 3), 5, 2);
        caller.join(10_000);
        calls.get(0).complete("r1");

        assertThat(calls).as("calls started: 1, then 2 threw, 3 never started").hasSize(1);
        assertThatThrownBy(() -> result.get().join())
                .isInstanceOf(CompletionException.class)
                .cause()
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("call 2 threw");
    }

    @Test
    @DisplayName("maxInFlight below 1 is refused with a sentence; no inputs complete at once with an empty list")
    void edges() throws InterruptedException {
        assertThatThrownBy(() -> InFlightLimit.callAll(List.of(1), 0, i -> CompletableFuture.completedFuture("x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxInFlight must be at least 1, got 0");
        start(List.of(), 3, null);
        caller.join(10_000);
        assertThat(result.get().join()).isEmpty();
    }
}
