package com.example.dynamodb.errors.exercises;

import java.time.Duration;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;

/**
 * Exercise 09.3, a plausible wrong solution: {@code maxAttempts(retries)} (it counts the first try,
 * so this allows one retry too few), and only the 5xx backoff is set: throttles still wait from
 * the default 1 s base, far past the cap.
 */
public final class RetryBudget {

    private RetryBudget() {}

    public static RetryStrategy strategy(int retries, Duration base, Duration cap) {
        if (retries < 0) {
            throw new IllegalArgumentException("retries must be 0 or more, got " + retries);
        }
        if (cap.compareTo(base) < 0) {
            throw new IllegalArgumentException("cap (" + cap + ") must not be below base (" + base + ")");
        }
        return AwsRetryStrategy.standardRetryStrategy().toBuilder()
                .maxAttempts(Math.max(1, retries))
                .backoffStrategy(BackoffStrategy.exponentialDelay(base, cap))
                .build();
    }
}
