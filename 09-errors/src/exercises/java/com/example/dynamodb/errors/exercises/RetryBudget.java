package com.example.dynamodb.errors.exercises;

import java.time.Duration;
import software.amazon.awssdk.retries.api.RetryStrategy;

/**
 * Exercise 09.3 Retry budget (10 minutes): configure the SDK's retries for a given budget. Read
 * first: README section "3. Retries and exponential backoff".
 *
 * <p>Return a standard-mode retry strategy that sends a request at most once plus {@code retries}
 * times in all, and before each retry waits an exponential backoff with full jitter, starting at
 * {@code base} and never more than {@code cap}, for throttling errors as well as for 5xx errors.
 * Refuse a negative {@code retries}, or a {@code cap} below {@code base}, with an {@code
 * IllegalArgumentException} that says what is wrong (its message names {@code retries} or {@code cap}).
 *
 * <p>Hints: {@code AwsRetryStrategy.standardRetryStrategy().toBuilder()}, {@code BackoffStrategy}.
 * Count carefully: what does {@code maxAttempts} count?
 *
 * <p>Done when {@code mvn test -pl 09-errors -Pexercises -Dtest=RetryBudgetTest} passes.
 */
public final class RetryBudget {

    private RetryBudget() {}

    public static RetryStrategy strategy(int retries, Duration base, Duration cap) {
        throw new UnsupportedOperationException("Exercise 09.3 Retry budget: not solved yet — start in"
                + " src/exercises/java/com/example/dynamodb/errors/exercises/RetryBudget.java; see README 'Exercises'");
    }
}
