package com.example.dynamodb.advanced;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A {@link StreamPoller} run for a while, as a long-running consumer runs it: it polls again at once
 * while records keep coming, and waits longer after each poll that found nothing: outside Lambda,
 * each GetRecords call is billed as a streams read request, empty or not, and a shard should have
 * no more than two readers at a time. The clock and the sleeper are parameters, so that a test can
 * run minutes of polling without waiting for them.
 *
 * <p>It catches nothing: an exception from a poll (a handler that threw, or a call the SDK's retry
 * strategy gave up on) ends {@link #runFor} and reaches the caller. The loop cannot tell a passing
 * outage from a lasting one (a deleted stream, a missing permission), and the SDK has already
 * retried what was retryable. Nothing is lost: every batch handled before it is checkpointed, so a
 * caller that logs the exception and runs a loop again on the same checkpoints resumes right after
 * the last record handled.
 */
public final class PollingLoop {

    // tag::loop[]
    /** Waits; {@code d -> Thread.sleep(d.toMillis())} in production, a recorder in tests. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    /** The wait after the first empty poll; it doubles with each empty poll that follows, up to the cap. */
    public static final Duration FIRST_IDLE_WAIT = Duration.ofMillis(250);

    public static final Duration MAX_IDLE_WAIT = Duration.ofSeconds(4);

    private final StreamPoller poller;
    private final Clock clock;
    private final Sleeper sleeper;

    public PollingLoop(StreamPoller poller, Clock clock, Sleeper sleeper) {
        this.poller = poller;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /**
     * Polls until {@code duration} has passed on the clock; returns the records handled. A poll's
     * exception ends it: what was handled is checkpointed, and a new loop resumes after it.
     */
    public int runFor(Duration duration, BatchHandler handler) {
        Instant end = clock.instant().plus(duration);
        Duration idle = Duration.ZERO;
        int handled = 0;
        while (clock.instant().isBefore(end)) {
            int got = poller.poll(handler);
            handled += got;
            if (got > 0) {
                idle = Duration.ZERO; // records came: poll again at once
                continue;
            }
            idle = idle.isZero() ? FIRST_IDLE_WAIT : min(idle.multipliedBy(2), MAX_IDLE_WAIT);
            Duration left = Duration.between(clock.instant(), end);
            try {
                sleeper.sleep(min(idle, left));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // asked to stop: what was handled is checkpointed
                break;
            }
        }
        return handled;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
    // end::loop[]
}
