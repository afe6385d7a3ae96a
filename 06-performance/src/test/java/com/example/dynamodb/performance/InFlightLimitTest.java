package com.example.dynamodb.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@link InFlightLimit} with calls this test completes by hand. {@code callAll} returns at once, and
 * each completion starts the next call on the completing thread, here the test's own: so every
 * count is checked right after the step that changes it. No timing.
 */
class InFlightLimitTest {

    private final List<CompletableFuture<String>> calls = new ArrayList<>();

    /** Starts callAll; each call is a future the test completes. {@code throwOn} throws instead. */
    private CompletableFuture<List<String>> start(List<Integer> inputs, int maxInFlight, Integer throwOn) {
        return InFlightLimit.callAll(inputs, maxInFlight, input -> {
            if (input.equals(throwOn)) {
                throw new IllegalStateException("call " + input + " threw");
            }
            CompletableFuture<String> call = new CompletableFuture<>();
            calls.add(call);
            return call;
        });
    }

    private long inFlight() {
        return calls.stream().filter(c -> !c.isDone()).count();
    }

    @Test
    @DisplayName("returns at once with maxInFlight calls started; the 3rd starts when one of 2 completes;"
            + " results come in the inputs' order, whatever order the calls complete in")
    void boundedAndInOrder() {
        // A callAll that waited for a permit before the 3rd call would never return here.
        CompletableFuture<List<String>> result =
                assertTimeoutPreemptively(Duration.ofSeconds(10), () -> start(List.of(1, 2, 3, 4, 5), 2, null));
        assertThat(calls).as("calls started").hasSize(2);

        calls.get(1).complete("r2");
        assertThat(calls).hasSize(3);
        calls.get(0).complete("r1");
        assertThat(calls).hasSize(4);
        calls.get(3).complete("r4");
        calls.get(2).complete("r3");
        assertThat(calls).hasSize(5);
        assertThat(result).isNotDone();
        calls.get(4).complete("r5");

        assertThat(result.join()).containsExactly("r1", "r2", "r3", "r4", "r5");
    }

    @Test
    @DisplayName("50 calls completed in a seeded random order: exactly min(4, calls left) in flight after every step")
    void exactBound() {
        CompletableFuture<List<String>> result =
                start(IntStream.rangeClosed(1, 50).boxed().toList(), 4, null);
        Random random = new Random(42);

        for (int completed = 0; completed < 50; completed++) {
            assertThat(inFlight())
                    .as("in flight after %d completions", completed)
                    .isEqualTo(Math.min(4, 50 - completed));
            List<CompletableFuture<String>> pending =
                    new ArrayList<>(calls.stream().filter(c -> !c.isDone()).toList());
            Collections.shuffle(pending, random);
            pending.get(0).complete("r" + calls.indexOf(pending.get(0)));
        }

        assertThat(calls).hasSize(50);
        assertThat(result.join())
                .containsExactlyElementsOf(
                        IntStream.range(0, 50).mapToObj(i -> "r" + i).toList());
    }

    @Test
    @DisplayName("calls that complete at once run in a loop, not a recursion: 100,000 of them, no stack overflow")
    void callsThatCompleteAtOnce() {
        List<Integer> inputs = IntStream.range(0, 100_000).boxed().toList();

        CompletableFuture<List<Integer>> result =
                InFlightLimit.callAll(inputs, 3, i -> CompletableFuture.completedFuture(i * 2));

        assertThat(result.join()).hasSize(100_000).startsWith(0, 2, 4).endsWith(199_998);
    }

    @Test
    @DisplayName("after a call fails nothing more starts; the future fails with that failure once the calls in"
            + " flight have finished")
    void stopsAfterAFailure() {
        CompletableFuture<List<String>> result = start(List.of(1, 2, 3, 4, 5), 2, null);

        IllegalStateException throttled = new IllegalStateException("throttled");
        calls.get(0).completeExceptionally(throttled);
        assertThat(calls).as("calls started").hasSize(2);
        assertThat(result).as("call 2 is still in flight").isNotDone();

        calls.get(1).complete("r2");
        assertThat(calls).hasSize(2);
        assertThatThrownBy(result::join).isInstanceOf(CompletionException.class).hasCause(throttled);
    }

    @Test
    @DisplayName("a call that throws instead of returning a future counts as a failed call")
    void aThrowingCallFails() {
        CompletableFuture<List<String>> result = start(List.of(1, 2, 3), 5, 2);
        calls.get(0).complete("r1");

        assertThat(calls).as("calls started: 1, then 2 threw, 3 never started").hasSize(1);
        assertThatThrownBy(result::join)
                .isInstanceOf(CompletionException.class)
                .cause()
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("call 2 threw");
    }

    @Test
    @DisplayName("maxInFlight below 1 is refused with a sentence; no inputs complete at once with an empty list")
    void edges() {
        assertThatThrownBy(() -> InFlightLimit.callAll(List.of(1), 0, i -> CompletableFuture.completedFuture("x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxInFlight must be at least 1, got 0");
        assertThat(start(List.of(), 3, null).join()).isEmpty();
    }
}
