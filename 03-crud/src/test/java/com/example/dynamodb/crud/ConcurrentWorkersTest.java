package com.example.dynamodb.crud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ConcurrentWorkersTest {

    private static final int WORKERS = 4;
    private static final int ROUNDS = 10;

    @Test
    @DisplayName("in lockstep, every round all workers read before any of them writes")
    void lockstepForcesTheWorstInterleaving() {
        List<String> events = Collections.synchronizedList(new ArrayList<>());

        int attempts = ConcurrentWorkers.run(WORKERS, ROUNDS, true, pause -> {
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
    @DisplayName("a failing worker ends the run with its own error; the others do not wait forever")
    void aFailureDoesNotHang() {
        AtomicInteger calls = new AtomicInteger();

        assertTimeoutPreemptively(
                Duration.ofSeconds(10),
                () -> assertThatThrownBy(() -> ConcurrentWorkers.run(WORKERS, ROUNDS, true, pause -> {
                            if (calls.incrementAndGet() == 3) {
                                // Fails before the barrier: without care, the other three would wait there forever.
                                throw new IllegalStateException("the third increment failed");
                            }
                            pause.run();
                            return 1;
                        }))
                        .isInstanceOf(IllegalStateException.class)
                        .hasRootCauseMessage("the third increment failed"));
    }
}
