package com.example.dynamodb.crud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ConcurrentWorkersTest {

    private static final int WORKERS = 4;
    private static final int ROUNDS = 10;
    private static final Duration MAX_WAIT = Duration.ofSeconds(10);

    /** The caller's executor: a thread for each worker, as lockstep needs. */
    private final ExecutorService pool = Executors.newFixedThreadPool(WORKERS);

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    @Test
    @DisplayName("in lockstep, every round all workers read before any of them writes")
    void lockstepForcesTheWorstInterleaving() {
        List<String> events = Collections.synchronizedList(new ArrayList<>());

        int attempts = ConcurrentWorkers.run(pool, WORKERS, ROUNDS, true, MAX_WAIT, pause -> {
            events.add("read");
            pause.run();
            events.add("write");
            return 1;
        });

        assertThat(attempts).isEqualTo(WORKERS * ROUNDS);
        // Each round is WORKERS reads followed by WORKERS writes, never mixed.
        List<String> oneRound = new ArrayList<>(Collections.nCopies(WORKERS, "read"));
        oneRound.addAll(Collections.nCopies(WORKERS, "write"));
        List<String> expected = new ArrayList<>();
        for (int r = 0; r < ROUNDS; r++) {
            expected.addAll(oneRound);
        }
        assertThat(events).isEqualTo(expected);
    }

    @Test
    @DisplayName(
            "the workers run on the caller's executor: exactly one task per worker, all of them at once in lockstep")
    void runsOnTheCallersExecutor() {
        AtomicInteger tasks = new AtomicInteger();
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        Executor counting = task -> {
            tasks.incrementAndGet();
            pool.execute(() -> {
                mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
                try {
                    task.run();
                } finally {
                    running.decrementAndGet();
                }
            });
        };

        ConcurrentWorkers.run(counting, WORKERS, ROUNDS, true, MAX_WAIT, pause -> {
            pause.run();
            return 1;
        });

        assertThat(tasks).hasValue(WORKERS);
        assertThat(mostAtOnce).hasValue(WORKERS);
    }

    @Test
    @DisplayName("a failing worker ends the run with its own error; no other worker waits forever or runs on after it")
    void aFailureDoesNotHang() throws InterruptedException {
        AtomicInteger calls = new AtomicInteger();

        assertTimeoutPreemptively(
                Duration.ofSeconds(10),
                () -> assertThatThrownBy(() -> ConcurrentWorkers.run(pool, WORKERS, ROUNDS, true, MAX_WAIT, pause -> {
                            if (calls.incrementAndGet() == 3) {
                                // Fails before the step: without care, the other three would wait there forever.
                                throw new IllegalStateException("the third increment failed");
                            }
                            pause.run();
                            return 1;
                        }))
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessage("A worker failed: the third increment failed"));

        int callsWhenRunEnded = calls.get();
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        assertThat(calls).as("no increment after run returned").hasValue(callsWhenRunEnded);
    }

    @Test
    @DisplayName("in lockstep, an executor with fewer threads than workers fails the run with a sentence, not a hang")
    void tooFewThreads() {
        ExecutorService twoThreads = Executors.newFixedThreadPool(2);
        try {
            assertTimeoutPreemptively(
                    Duration.ofSeconds(10),
                    () -> assertThatThrownBy(() -> ConcurrentWorkers.run(
                                    twoThreads, WORKERS, ROUNDS, true, Duration.ofMillis(200), pause -> {
                                        pause.run();
                                        return 1;
                                    }))
                            .isInstanceOf(IllegalStateException.class)
                            .hasMessage("A worker failed: Not all 4 workers reached the step within PT0.2S:"
                                    + " run them on an executor with a thread for each"));
        } finally {
            twoThreads.shutdownNow();
        }
    }
}
