package com.example.dynamodb.crud;

import java.util.Random;

// tag::delay[]
/**
 * Exponential backoff with full jitter, for retrying the part of a batch DynamoDB did not process.
 * Retry n waits a random time between 0 and {@code min(cap, base * 2^(n-1))}: the ceiling doubles
 * each time, and the randomness keeps many clients from retrying in step. The sleeper is
 * injectable so that a test can record the waits instead of sleeping.
 */
public final class Backoff {

    /** Sleeps for a number of milliseconds; {@code Thread::sleep} in production. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(long millis) throws InterruptedException;
    }

    private final long baseMillis;
    private final long capMillis;
    private final int maxAttempts;
    private final Random random;
    private final Sleeper sleeper;

    public Backoff(long baseMillis, long capMillis, int maxAttempts, Random random, Sleeper sleeper) {
        if (baseMillis < 0 || capMillis < baseMillis || maxAttempts < 1) {
            throw new IllegalArgumentException("Need 0 <= base <= cap and at least one attempt");
        }
        this.baseMillis = baseMillis;
        this.capMillis = capMillis;
        this.maxAttempts = maxAttempts;
        this.random = random;
        this.sleeper = sleeper;
    }

    /** 50 ms base, 5 s cap, 10 attempts per batch: sensible defaults for real tables. */
    public static Backoff standard() {
        return new Backoff(50, 5_000, 10, new Random(), Thread::sleep);
    }

    /** The ceiling for retry {@code n} (1 = first retry), before jitter. */
    public long ceiling(int retry) {
        long doubled = baseMillis << Math.min(retry - 1, 30); // 30: no overflow, cap applies first
        return Math.min(capMillis, doubled);
    }

    /** Waits before retry {@code n}: a uniformly random time in [0, ceiling(n)]. */
    public void pause(int retry) {
        long wait = (long) (random.nextDouble() * (ceiling(retry) + 1));
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while backing off", e);
        }
    }

    public int maxAttempts() {
        return maxAttempts;
    }
}
// end::delay[]
