package com.example.dynamodb.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;

/** {@link RetryPlan} without a request: the strategy is asked, as the SDK asks it. Quota costs: RetryStrategiesTest. */
class RetryPlanTest {

    @Test
    @DisplayName("plannedWaits ends when the attempts are used up: exactly maxAttempts - 1 waits, each the fixed delay")
    void endsWithTheAttempts() {
        RetryStrategy fixed = RetryStrategies.standardWithoutCircuitBreaker(
                4, BackoffStrategy.fixedDelayWithoutJitter(Duration.ofMillis(7)));

        assertThat(RetryPlan.plannedWaits(fixed, Failures.serverError()))
                .containsExactly(Duration.ofMillis(7), Duration.ofMillis(7), Duration.ofMillis(7));
        assertThat(RetryPlan.plannedWaits(fixed, Failures.throttle()))
                .containsExactly(Duration.ofMillis(7), Duration.ofMillis(7), Duration.ofMillis(7));
    }

    @Test
    @DisplayName("the walkthrough's stand-in failures are classified like DynamoDB's: a 500 and a throttle are"
            + " retried, a ValidationException never")
    void standInFailures() {
        RetryStrategy fixed = RetryStrategies.standardWithoutCircuitBreaker(
                3, BackoffStrategy.fixedDelayWithoutJitter(Duration.ofMillis(1)));

        assertThat(RetryPlan.plannedWaits(fixed, RetryPlan.failure(500, "InternalServerError")))
                .hasSameSizeAs(RetryPlan.plannedWaits(fixed, Failures.serverError()))
                .hasSize(2);
        assertThat(RetryPlan.plannedWaits(fixed, RetryPlan.failure(400, "ProvisionedThroughputExceededException")))
                .hasSameSizeAs(RetryPlan.plannedWaits(fixed, Failures.throttle()))
                .hasSize(2);
        assertThat(RetryPlan.plannedWaits(fixed, RetryPlan.failure(400, "ValidationException")))
                .isEmpty();
    }
}
