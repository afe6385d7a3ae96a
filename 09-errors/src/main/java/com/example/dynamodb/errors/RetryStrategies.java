package com.example.dynamodb.errors;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.retries.api.AcquireInitialTokenRequest;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.retries.api.RefreshRetryTokenRequest;
import software.amazon.awssdk.retries.api.RefreshRetryTokenResponse;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.retries.api.RetryToken;
import software.amazon.awssdk.retries.api.TokenAcquisitionFailedException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.InternalServerErrorException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;

/**
 * The SDK's retry strategies. Each decides, per failed attempt: retry or not (the error's kind),
 * how long to wait (exponential backoff with jitter; a separate, slower backoff for throttling),
 * how many attempts in all ({@code maxAttempts}, the first one included), and whether the client
 * still has retry budget (a token bucket shared by all calls of the client: the circuit breaker
 * that stops a failing dependency from being hammered).
 */
public final class RetryStrategies {

    private RetryStrategies() {}

    // tag::standard[]
    /** Standard mode with your own budget and waits (defaults: 3 attempts, 100 ms and 1 s bases, 20 s cap). */
    public static RetryStrategy standard(int maxAttempts, Duration base, Duration throttlingBase, Duration cap) {
        return AwsRetryStrategy.standardRetryStrategy().toBuilder()
                .maxAttempts(maxAttempts) // attempts in all: 3 means the first try and 2 retries
                .backoffStrategy(BackoffStrategy.exponentialDelay(base, cap)) // 5xx, timeouts, I/O errors
                .throttlingBackoffStrategy(BackoffStrategy.exponentialDelay(throttlingBase, cap)) // throttles
                .build();
    }
    // end::standard[]

    // tag::modes[]
    /** Standard plus client-side rate limiting: after throttles it also delays first attempts. */
    public static RetryStrategy adaptive(int maxAttempts) {
        return AwsRetryStrategy.adaptiveRetryStrategy().toBuilder()
                .maxAttempts(maxAttempts)
                .build();
    }

    /** The SDK's older behaviour, what a DynamoDB client gets when no retry mode is configured. */
    public static RetryStrategy legacy(int maxAttempts) {
        return AwsRetryStrategy.legacyRetryStrategy().toBuilder()
                .maxAttempts(maxAttempts)
                .build();
    }

    /** Retries for every call, however many failed before: no retry quota at all. */
    public static RetryStrategy standardWithoutCircuitBreaker(int maxAttempts, BackoffStrategy backoff) {
        return AwsRetryStrategy.standardRetryStrategy().toBuilder()
                .maxAttempts(maxAttempts)
                .backoffStrategy(backoff)
                .throttlingBackoffStrategy(backoff)
                .circuitBreakerEnabled(false)
                .build();
    }
    // end::modes[]

    // tag::plan[]
    /**
     * Asks a strategy, as the SDK does, what it would do if every attempt failed with {@code failure}:
     * the wait before each retry, until it refuses (attempts or retry quota used up). No request is sent.
     */
    public static List<Duration> plannedWaits(RetryStrategy strategy, Throwable failure) {
        List<Duration> waits = new ArrayList<>();
        RetryToken token = strategy.acquireInitialToken(AcquireInitialTokenRequest.create("plan"))
                .token();
        while (true) {
            try {
                RefreshRetryTokenResponse retry = strategy.refreshRetryToken(RefreshRetryTokenRequest.builder()
                        .token(token)
                        .failure(failure)
                        .build());
                waits.add(retry.delay());
                token = retry.token();
            } catch (TokenAcquisitionFailedException refused) {
                return waits;
            }
        }
    }
    // end::plan[]

    /** A throttling error as DynamoDB's JSON unmarshals it (error code and status included). */
    public static ProvisionedThroughputExceededException throttle() {
        return ProvisionedThroughputExceededException.builder()
                .statusCode(400)
                .awsErrorDetails(AwsErrorDetails.builder()
                        .errorCode("ProvisionedThroughputExceededException")
                        .errorMessage("throughput exceeded")
                        .build())
                .build();
    }

    /** A 500 as DynamoDB's JSON unmarshals it. */
    public static InternalServerErrorException serverError() {
        return InternalServerErrorException.builder()
                .statusCode(500)
                .awsErrorDetails(AwsErrorDetails.builder()
                        .errorCode("InternalServerError")
                        .errorMessage("internal server error")
                        .build())
                .build();
    }

    static void demo(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("Retry strategies: attempts, backoff with jitter, throttling backoff");
        Narrator.say("What each strategy would wait before each retry if every attempt failed (jitter: your");
        Narrator.say("numbers differ). No request is sent: the strategy itself is asked, as the SDK asks it.");
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("strategy", "maxAttempts", "waits after 500 errors (ms)", "waits after throttles (ms)"));
        DynamoDbClient plain = ddb.newClient(b -> {});
        try (plain) {
            RetryStrategy clientDefault = plain.serviceClientConfiguration()
                    .overrideConfiguration()
                    .retryStrategy()
                    .orElseThrow();
            addRow(rows, "DynamoDB client default (legacy)", clientDefault);
        }
        addRow(rows, "standard", AwsRetryStrategy.standardRetryStrategy());
        addRow(rows, "adaptive", AwsRetryStrategy.adaptiveRetryStrategy());
        addRow(
                rows,
                "standard(5, 10 ms, 50 ms, 1 s)",
                standard(5, Duration.ofMillis(10), Duration.ofMillis(50), Duration.ofSeconds(1)));
        Narrator.table(rows);
        Narrator.say("Standard and adaptive: full jitter, each wait uniform in [0, min(cap, base * 2^(retry-1))];");
        Narrator.say("the DynamoDB default: 9 attempts, 25 ms base, throttles 500 ms base with half jitter.");
        RetryStrategy shared = AwsRetryStrategy.standardRetryStrategy().toBuilder()
                .maxAttempts(3)
                .build();
        int calls = 0;
        while (plannedWaits(shared, serverError()).size() == 2) {
            calls++;
        }
        Narrator.step("the retry quota: one standard strategy, every call failing with a 500");
        Narrator.show("calls that still got their 2 retries", calls);
        Narrator.show(
                "retries of the next call", plannedWaits(shared, serverError()).size());
    }

    private static void addRow(List<List<String>> rows, String name, RetryStrategy strategy) {
        rows.add(List.of(
                name,
                String.valueOf(strategy.maxAttempts()),
                millis(plannedWaits(strategy, serverError())),
                millis(plannedWaits(strategy, throttle()))));
    }

    private static String millis(List<Duration> waits) {
        return waits.stream().map(d -> String.valueOf(d.toMillis())).toList().toString();
    }

    public static void main(String[] args) {
        Walkthroughs.run(RetryStrategies::demo);
    }
}
