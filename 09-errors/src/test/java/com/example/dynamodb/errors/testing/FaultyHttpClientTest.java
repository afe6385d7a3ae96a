package com.example.dynamodb.errors.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.example.dynamodb.errors.testing.FaultyHttpClient.Fault;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.InternalServerErrorException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;

/**
 * The error paths of {@link Ledger}, with faults injected into its client's HTTP layer
 * ({@link FaultyHttpClient}) in front of DynamoDB Local: the SDK's own retries and exception mapping
 * run, and each test counts the attempts that really left the client. Every test sets its retry
 * strategy: 3 attempts, no waiting (a DynamoDB client's default in SDK 2.59.1 makes 4 attempts and
 * waits up to seconds on throttles).
 */
class FaultyHttpClientTest {

    @RegisterExtension
    static final LocalDynamoDb<Ledger> DYNAMODB = new LocalDynamoDb<>(Ledger.class, Ledger::definition, Ledger::new);

    private static final Ledger.Entry ENTRY = new Ledger.Entry("alice", Instant.parse("2026-03-01T12:00:00Z"), 25);

    // tag::faults-throttle[]
    @Test
    @DisplayName("two throttles, then the write: the SDK retries, the repository sees none of it")
    void survivesTwoThrottles(Ledger ledger, DynamoDbClientBuilder engine) {
        RetryStrategy threeAttempts = AwsRetryStrategy.standardRetryStrategy().toBuilder()
                .maxAttempts(3)
                .backoffStrategy(BackoffStrategy.retryImmediately())
                .throttlingBackoffStrategy(BackoffStrategy.retryImmediately())
                .build();
        Ledger.Entry entry = new Ledger.Entry("alice", Instant.parse("2026-03-01T12:00:00Z"), 25);
        try (FaultyHttpClient http = FaultyHttpClient.around(
                        Apache5HttpClient.create(),
                        FaultyHttpClient.Fault.throttle(),
                        FaultyHttpClient.Fault.throttle());
                DynamoDbClient client = engine.httpClient(http)
                        .overrideConfiguration(o -> o.retryStrategy(threeAttempts))
                        .build()) {
            Ledger throttled = new Ledger(client, ledger.table());

            assertThat(throttled.record(entry)).isEqualTo(Ledger.Recorded.RECORDED);
            assertThat(http.attempts()).isEqualTo(3);
        }
        assertThat(ledger.entriesSince("alice", Instant.EPOCH)).containsExactly(entry);
    }
    // end::faults-throttle[]

    static Stream<Arguments> persistentFaults() {
        return Stream.of(
                Arguments.of(
                        (Supplier<Fault>) Fault::throttle,
                        ProvisionedThroughputExceededException.class,
                        400,
                        "ProvisionedThroughputExceededException",
                        true),
                Arguments.of(
                        (Supplier<Fault>) Fault::serverError,
                        InternalServerErrorException.class,
                        500,
                        "InternalServerError",
                        false),
                Arguments.of(
                        (Supplier<Fault>) Fault::unavailable,
                        DynamoDbException.class,
                        503,
                        "ServiceUnavailable",
                        false));
    }

    @ParameterizedTest(name = "[{index}] a persistent {3}: {1} after 3 attempts, nothing written")
    @MethodSource("persistentFaults")
    void persistentFaultReachesTheCaller(
            Supplier<Fault> fault,
            Class<? extends AwsServiceException> expected,
            int status,
            String errorCode,
            boolean throttling,
            Ledger ledger,
            DynamoDbClientBuilder engine) {
        Throwable failure;
        FaultyHttpClient http =
                FaultyHttpClient.around(Apache5HttpClient.create(), fault.get(), fault.get(), fault.get());
        try (http;
                DynamoDbClient client = engine.httpClient(http)
                        .overrideConfiguration(o -> o.retryStrategy(threeAttemptsNoWaiting()))
                        .build()) {
            failure = catchThrowable(() -> new Ledger(client, ledger.table()).record(ENTRY));
        }

        assertThat(failure).isExactlyInstanceOf(expected);
        AwsServiceException e = (AwsServiceException) failure;
        assertThat(e.statusCode()).isEqualTo(status);
        assertThat(e.awsErrorDetails().errorCode()).isEqualTo(errorCode);
        assertThat(e.isThrottlingException()).isEqualTo(throttling);
        assertThat(e.numAttempts()).isEqualTo(3);
        assertThat(http.attempts()).isEqualTo(3);
        assertThat(ledger.entriesSince("alice", Instant.EPOCH)).isEmpty(); // refused: never reached DynamoDB
    }

    // tag::faults-slow[]
    @Test
    @DisplayName("an attempt that times out was applied all the same: the retry finds the entry in, ALREADY_RECORDED")
    void aTimedOutWriteWasApplied(Ledger ledger, DynamoDbClientBuilder engine) {
        Ledger.Entry entry = new Ledger.Entry("alice", Instant.parse("2026-03-01T12:00:00Z"), 25);
        RetryStrategy twoAttempts = AwsRetryStrategy.standardRetryStrategy().toBuilder()
                .maxAttempts(2)
                .backoffStrategy(BackoffStrategy.retryImmediately())
                .build();
        try (FaultyHttpClient http = FaultyHttpClient.around(
                        Apache5HttpClient.create(), FaultyHttpClient.Fault.slow(Duration.ofSeconds(10)));
                DynamoDbClient client = engine.httpClient(http)
                        .overrideConfiguration(
                                o -> o.retryStrategy(twoAttempts).apiCallAttemptTimeout(Duration.ofMillis(200)))
                        .build()) {
            Ledger slow = new Ledger(client, ledger.table());

            // Attempt 1 wrote the entry, then timed out waiting for the answer; attempt 2's condition failed.
            assertThat(slow.record(entry)).isEqualTo(Ledger.Recorded.ALREADY_RECORDED);
            assertThat(http.attempts()).isEqualTo(2);
        }
        assertThat(ledger.entriesSince("alice", Instant.EPOCH)).containsExactly(entry);
    }
    // end::faults-slow[]

    private static RetryStrategy threeAttemptsNoWaiting() {
        return AwsRetryStrategy.standardRetryStrategy().toBuilder()
                .maxAttempts(3)
                .backoffStrategy(BackoffStrategy.retryImmediately())
                .throttlingBackoffStrategy(BackoffStrategy.retryImmediately())
                .build();
    }
}
