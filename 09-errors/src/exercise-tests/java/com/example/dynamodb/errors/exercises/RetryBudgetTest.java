package com.example.dynamodb.errors.exercises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.FaultInjector;
import com.example.dynamodb.support.FaultInjector.Fault;
import com.example.dynamodb.support.Tables;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.retries.api.AcquireInitialTokenRequest;
import software.amazon.awssdk.retries.api.RefreshRetryTokenRequest;
import software.amazon.awssdk.retries.api.RefreshRetryTokenResponse;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.retries.api.RetryToken;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;

@DynamoDbTest(sdkClient = true)
@DisplayName("Exercise 09.3 Retry budget")
class RetryBudgetTest {

    private static final Duration BASE = Duration.ofMillis(2);
    private static final Duration CAP = Duration.ofMillis(10);

    /** Attempts one GetItem (on a table that need not exist: the faults answer first) takes. */
    private static int attempts(DynamoDbBackend backend, RetryStrategy strategy, Fault fault, int faultCount) {
        FaultInjector faults = new FaultInjector().inject("GetItem", fault, faultCount);
        try (DynamoDbClient client = backend.newClient(b -> b.httpClientBuilder(faults.httpClientBuilder())
                .overrideConfiguration(o -> o.retryStrategy(strategy)))) {
            client.getItem(b -> b.tableName("Accounts").key(Map.of("accountId", AttributeValue.fromS("a"))));
        } catch (RuntimeException expected) {
            // the throttles or the missing table: only the count matters here
        }
        return faults.attempts("GetItem");
    }

    @Test
    @DisplayName("3 retries survive 3 throttles: the 4th attempt is made")
    void survivesItsBudget(DynamoDbBackend backend, Tables tables) {
        assertThat(attempts(backend, RetryBudget.strategy(3, BASE, CAP), Fault.THROTTLE, 3))
                .isEqualTo(4);
    }

    @Test
    @DisplayName("3 retries and persistent 5xx errors: exactly 4 attempts, then the error")
    void stopsAtItsBudget(DynamoDbBackend backend, Tables tables) {
        assertThat(attempts(backend, RetryBudget.strategy(3, BASE, CAP), Fault.SERVER_ERROR, 10))
                .isEqualTo(4);
    }

    @Test
    @DisplayName("0 retries: one attempt")
    void zeroRetries(DynamoDbBackend backend, Tables tables) {
        assertThat(attempts(backend, RetryBudget.strategy(0, BASE, CAP), Fault.THROTTLE, 10))
                .isEqualTo(1);
    }

    @Test
    @DisplayName(
            "every wait after a throttle is exponential with full jitter, within [0, min(cap, base * 2^(retry-1))]")
    void throttlingWaits() {
        RetryStrategy strategy = RetryBudget.strategy(5, BASE, CAP);
        ProvisionedThroughputExceededException throttle = ProvisionedThroughputExceededException.builder()
                .statusCode(400)
                .awsErrorDetails(AwsErrorDetails.builder()
                        .errorCode("ProvisionedThroughputExceededException")
                        .build())
                .build();
        RetryToken token = strategy.acquireInitialToken(AcquireInitialTokenRequest.create("test"))
                .token();

        for (int retry = 1; retry <= 5; retry++) {
            RefreshRetryTokenResponse next = strategy.refreshRetryToken(RefreshRetryTokenRequest.builder()
                    .token(token)
                    .failure(throttle)
                    .build());
            Duration ceiling = BASE.multipliedBy(1L << (retry - 1));
            assertThat(next.delay()).isBetween(Duration.ZERO, ceiling.compareTo(CAP) < 0 ? ceiling : CAP);
            token = next.token();
        }
    }

    @Test
    @DisplayName("a negative budget or a cap below the base is refused with a sentence")
    void badInput() {
        assertThatThrownBy(() -> RetryBudget.strategy(-1, BASE, CAP))
                .isInstanceOf(IllegalArgumentException.class)
                .extracting(Throwable::getMessage)
                .asString()
                .containsIgnoringCase("retries");
        assertThatThrownBy(() -> RetryBudget.strategy(3, CAP, BASE))
                .isInstanceOf(IllegalArgumentException.class)
                .extracting(Throwable::getMessage)
                .asString()
                .containsIgnoringCase("cap");
    }
}
