package com.example.dynamodb.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.dynamodb.support.FaultInjector;
import com.example.dynamodb.support.FaultInjector.Fault;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;

/**
 * What a service has set on its client builder before it adds the encryption: an interceptor of
 * its own (this one records each request body as it leaves), a retry strategy of 2 attempts, and a
 * timeout for the whole call. Its HTTP client throttles the first two PutItem attempts, so that the
 * retry strategy in force shows in the number of attempts: the SDK's default would retry past 2.
 */
final class CallersConfiguration {

    static final Duration API_CALL_TIMEOUT = Duration.ofSeconds(17);

    private final FaultInjector faults = new FaultInjector().inject("PutItem", Fault.THROTTLE, 2);
    private final List<String> bodiesSent = new CopyOnWriteArrayList<>();

    /** The caller's own settings, applied before {@code withEncryption}. */
    DynamoDbClientBuilder applyTo(DynamoDbClientBuilder builder) {
        ExecutionInterceptor recordsWhatLeaves = new ExecutionInterceptor() {
            @Override
            public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
                context.requestBody().map(CallersConfiguration::text).ifPresent(bodiesSent::add);
            }
        };
        return builder.httpClientBuilder(faults.httpClientBuilder())
                .overrideConfiguration(o -> o.addExecutionInterceptor(recordsWhatLeaves)
                        .retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder()
                                .maxAttempts(2)
                                .backoffStrategy(BackoffStrategy.fixedDelay(Duration.ofMillis(5)))
                                .throttlingBackoffStrategy(BackoffStrategy.fixedDelay(Duration.ofMillis(5)))
                                .build())
                        .apiCallTimeout(API_CALL_TIMEOUT));
    }

    /**
     * Runs {@code putAda} twice on {@code client} and asserts that the caller's strategy, interceptor
     * and timeout are all in force, and that what left the process was encrypted.
     */
    void assertStillInForce(DynamoDbClient client, Runnable putAda) {
        // Two attempts, both throttled: the caller's strategy gives up where the SDK's default retries on.
        assertThatThrownBy(putAda::run).isInstanceOf(ProvisionedThroughputExceededException.class);
        assertThat(faults.attempts("PutItem")).isEqualTo(2);
        putAda.run(); // the planned throttles are used up: this attempt reaches DynamoDB Local
        assertThat(faults.attempts("PutItem")).isEqualTo(3);

        // The caller's interceptor saw every attempt leave, and each carried ciphertext.
        assertThat(bodiesSent)
                .hasSize(3)
                .allSatisfy(body -> assertThat(body)
                        .contains("\"aws_dbe_head\"", "\"aws_dbe_foot\"")
                        .doesNotContain("ada@example.com"));
        assertThat(client.serviceClientConfiguration().overrideConfiguration().apiCallTimeout())
                .contains(API_CALL_TIMEOUT);
    }

    private static String text(RequestBody body) {
        try (InputStream in = body.contentStreamProvider().newStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
