package com.example.dynamodb.errors.exercises;

import java.time.Duration;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;

/** Exercise 09.3, reference solution. */
public final class RetryBudget {

    private RetryBudget() {}

    public static RetryStrategy strategy(int retries, Duration base, Duration cap) {
        if (retries < 0) {
            throw new IllegalArgumentException("retries must be 0 or more, got " + retries);
        }
        if (cap.compareTo(base) < 0) {
            throw new IllegalArgumentException("cap (" + cap + ") must not be below base (" + base + ")");
        }
        BackoffStrategy backoff = BackoffStrategy.exponentialDelay(base, cap);
        return AwsRetryStrategy.standardRetryStrategy().toBuilder()
                .maxAttempts(retries + 1) // maxAttempts counts the first try
                .backoffStrategy(backoff)
                .throttlingBackoffStrategy(backoff) // otherwise throttles wait from a 1 s base
                .build();
    }
}
