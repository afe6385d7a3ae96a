package com.example.dynamodb.crud;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.Phaser;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The test harness behind the concurrency proof: N workers, each doing M increments of one
 * counter. A race that only sometimes loses proves nothing, so in lockstep a phaser forces the
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

    /**
     * Runs {@code workers} tasks of {@code rounds} increments each on the caller's executor and
     * returns the total attempts. In lockstep the executor must run all of them at once (a thread
     * each): a worker that waits longer than {@code maxWait} for the others fails the run with a
     * sentence instead of hanging. The first failure stops every worker at its next step, and the
     * run returns only when none of its tasks is still running.
     */
    public static int run(
            Executor executor, int workers, int rounds, boolean lockstep, Duration maxWait, Increment increment) {
        Phaser step = new Phaser(workers); // terminated: every wait returns and no round starts
        Runnable pause = lockstep ? () -> await(step, maxWait) : () -> {};
        CompletionService<Integer> finished = new ExecutorCompletionService<>(executor);
        Throwable failure = null;
        int submitted = 0;
        try {
            for (; submitted < workers; submitted++) {
                finished.submit(() -> {
                    try {
                        int attempts = 0;
                        for (int r = 0; r < rounds && !step.isTerminated(); r++) {
                            attempts += increment.apply(pause); // all read, step, all write
                            pause.run(); // nobody starts the next round before all have written
                        }
                        return attempts;
                    } catch (RuntimeException | Error e) {
                        step.forceTermination(); // wakes the workers waiting for this one
                        throw e;
                    }
                });
            }
        } catch (RejectedExecutionException e) {
            step.forceTermination();
            failure = e;
        }
        int total = 0;
        for (int w = 0; w < submitted; w++) { // every task, so that none runs on after we return
            try {
                total += finished.take().get();
            } catch (ExecutionException e) { // a CancellationException is a worker another one stopped
                if (failure == null && !(e.getCause() instanceof CancellationException)) {
                    failure = e.getCause();
                }
            } catch (InterruptedException e) {
                step.forceTermination(); // the workers stop at their next step
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while the workers ran; they stop at their next step", e);
            }
        }
        if (failure != null) {
            throw new IllegalStateException("A worker failed: " + failure.getMessage(), failure);
        }
        return total;
    }

    private static void await(Phaser step, Duration maxWait) {
        try {
            if (step.awaitAdvanceInterruptibly(step.arrive(), maxWait.toMillis(), TimeUnit.MILLISECONDS) < 0) {
                throw new CancellationException("Another worker failed; this one stops too");
            }
        } catch (TimeoutException e) {
            throw new IllegalStateException(
                    "Not all " + step.getRegisteredParties() + " workers reached the step" + " within " + maxWait
                            + ": run them on an executor with a thread for each",
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("Interrupted at the step; this worker stops");
        }
    }
    // end::run[]
}
