package com.example.dynamodb.crud;

import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CompletionService;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The test harness behind the concurrency proof: N threads, each doing M increments of one
 * counter. A race that only sometimes loses proves nothing, so in lockstep a barrier forces the
 * worst interleaving every round: every worker reads before any of them writes, and all have
 * written before any of them reads again.
 */
public final class ConcurrentWorkers {

    private ConcurrentWorkers() {}

    // tag::run[]
    /** One increment; {@code pause} must run once, between its read and its write. Returns attempts made. */
    @FunctionalInterface
    public interface Increment {
        int apply(Runnable pause);
    }

    /** Runs {@code workers} threads of {@code rounds} increments each; returns the total attempts. */
    public static int run(int workers, int rounds, boolean lockstep, Increment increment) {
        CyclicBarrier barrier = new CyclicBarrier(workers);
        Runnable pause = lockstep ? () -> await(barrier) : () -> {};
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        CompletionService<Integer> finished = new ExecutorCompletionService<>(pool);
        try {
            for (int w = 0; w < workers; w++) {
                finished.submit(() -> {
                    int attempts = 0;
                    for (int r = 0; r < rounds; r++) {
                        attempts += increment.apply(pause); // all read, barrier, all write
                        pause.run(); // nobody starts the next round before all have written
                    }
                    return attempts;
                });
            }
            int total = 0;
            for (int w = 0; w < workers; w++) {
                total += finished.take().get(); // in completion order: the first failure ends the run
            }
            return total;
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException("A worker failed", e);
        } finally {
            pool.shutdownNow(); // interrupts whoever still waits at the barrier for the failed worker
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (InterruptedException | BrokenBarrierException e) {
            throw new IllegalStateException("Another worker failed; this one stops too", e);
        }
    }
    // end::run[]
}
