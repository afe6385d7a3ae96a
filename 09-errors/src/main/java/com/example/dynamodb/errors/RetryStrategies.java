package com.example.dynamodb.errors;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The SDK's retry strategies. Each decides, per failed attempt: retry or not (the error's kind),
 * how long to wait (exponential backoff with jitter; a separate, slower backoff for throttling),
 * how many attempts in all ({@code maxAttempts}, the first one included), and whether the client
 * still has retry budget (a token bucket shared by all calls of the client: the circuit breaker
 * that stops a failing dependency from being hammered). The numbers in the comments are SDK
 * 2.59.1's, measured by the tests: the SDK changed its defaults in 2026 (retry behaviour 2.1).
 * {@link RetryPlan} asks a strategy what it would do, without sending anything.
 */
public final class RetryStrategies {

    private RetryStrategies() {}

    // tag::standard[]
    /** Standard mode with your own budget and waits (SDK 2.59.1 defaults: 3 attempts, 50 ms and 1 s bases, 20 s cap). */
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

    /** The SDK's older mode: half jitter for throttles, which draw nothing from the retry quota. */
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

    static void demo(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("Retry strategies: attempts, backoff with jitter, throttling backoff");
        Narrator.say("What each strategy would wait before each retry if every attempt failed (jitter: your");
        Narrator.say("numbers differ). No request is sent: the strategy itself is asked, as the SDK asks it.");
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("strategy", "maxAttempts", "waits after 500 errors (ms)", "waits after throttles (ms)"));
        try (DynamoDbClient plain = ddb.newClient(b -> {});
                DynamoDbClient legacyMode =
                        ddb.newClient(b -> b.overrideConfiguration(o -> o.defaultProfileFile(ProfileFile.builder()
                                        .content("[profile app]\nretry_mode = legacy\n")
                                        .type(ProfileFile.Type.CONFIGURATION)
                                        .build())
                                .defaultProfileName("app")))) {
            addRow(rows, "DynamoDB client default (standard)", resolved(plain));
            addRow(rows, "DynamoDB client, retry_mode = legacy", resolved(legacyMode));
        }
        addRow(rows, "standardRetryStrategy()", AwsRetryStrategy.standardRetryStrategy());
        addRow(rows, "legacyRetryStrategy()", AwsRetryStrategy.legacyRetryStrategy());
        addRow(
                rows,
                "standard(5, 10 ms, 50 ms, 1 s)",
                standard(5, Duration.ofMillis(10), Duration.ofMillis(50), Duration.ofSeconds(1)));
        Narrator.table(rows);
        Narrator.say("Full jitter: each wait uniform in [0, min(20 s, base * 2^(retry-1))]. A DynamoDB client");
        Narrator.say(
                "(SDK 2.59.1): 4 attempts, 25 ms base, 1 s throttling base; legacy mode: 9, 25 ms, 500 ms half jitter.");
    }

    private static RetryStrategy resolved(DynamoDbClient client) {
        return client.serviceClientConfiguration()
                .overrideConfiguration()
                .retryStrategy()
                .orElseThrow();
    }

    private static void addRow(List<List<String>> rows, String name, RetryStrategy strategy) {
        rows.add(List.of(
                name,
                String.valueOf(strategy.maxAttempts()),
                millis(RetryPlan.plannedWaits(strategy, RetryPlan.failure(500, "InternalServerError"))),
                millis(RetryPlan.plannedWaits(
                        strategy, RetryPlan.failure(400, "ProvisionedThroughputExceededException")))));
    }

    private static String millis(List<Duration> waits) {
        return waits.stream().map(d -> String.valueOf(d.toMillis())).toList().toString();
    }

    public static void main(String[] args) {
        Walkthroughs.run(RetryStrategies::demo);
    }
}
