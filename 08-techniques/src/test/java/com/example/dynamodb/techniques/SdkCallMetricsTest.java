package com.example.dynamodb.techniques;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.FaultInjector;
import com.example.dynamodb.support.Tables;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;

/** The metric publisher runs in the SDK's request pipeline: these tests use an SDK-built client. */
@DynamoDbTest(sdkClient = true)
class SdkCallMetricsTest {

    private static final Map<String, AttributeValue> KEY =
            Map.of("pk", AttributeValue.fromS("P"), "sk", AttributeValue.fromS("S"));

    @Test
    @DisplayName("the SDK publishes one record per call: its operation, one attempt, HTTP 200, and its durations")
    void onePerCall(DynamoDbBackend backend, Tables tables) {
        String table = tables.reserve("Measured");
        tables.createAndWait(SimpleTables.pkSk(table));
        SdkCallMetrics metrics = new SdkCallMetrics();

        try (DynamoDbClient client = backend.newClient(
                b -> metrics.addTo(b.overrideConfiguration(o -> o.retryStrategy(RetryMode.STANDARD))))) {
            client.putItem(b -> b.tableName(table).item(KEY));
            client.getItem(b -> b.tableName(table).key(KEY));
        }

        assertThat(metrics.calls()).extracting(SdkCallMetrics.Call::operation).containsExactly("PutItem", "GetItem");
        assertThat(metrics.calls()).allSatisfy(call -> {
            assertThat(call.successful()).isTrue();
            assertThat(call.attempts()).isEqualTo(1);
            assertThat(call.attemptStatusCodes()).containsExactly(200);
            assertThat(call.apiCallDuration()).isPositive();
            assertThat(call.attemptServiceTimes())
                    .singleElement()
                    .satisfies(d -> assertThat(d).isPositive());
        });
    }

    @Test
    @DisplayName("a throttled first attempt shows up as two attempts of one call: a 400, then a 200")
    void retriesAreVisible(DynamoDbBackend backend, Tables tables) {
        String table = tables.reserve("Measured");
        tables.createAndWait(SimpleTables.pkSk(table));
        SdkCallMetrics metrics = new SdkCallMetrics();
        FaultInjector faults = new FaultInjector().inject("GetItem", FaultInjector.Fault.THROTTLE, 1);

        // Standard retries with a short throttling backoff: the test waits milliseconds, not the default second.
        var fastRetries = AwsRetryStrategy.standardRetryStrategy().toBuilder()
                .throttlingBackoffStrategy(BackoffStrategy.fixedDelayWithoutJitter(Duration.ofMillis(20)))
                .build();

        try (DynamoDbClient client =
                backend.newClient(b -> metrics.addTo(b.httpClientBuilder(faults.httpClientBuilder())
                        .overrideConfiguration(o -> o.retryStrategy(fastRetries))))) {
            client.getItem(b -> b.tableName(table).key(KEY));
        }

        SdkCallMetrics.Call call = metrics.calls().get(0);
        assertThat(faults.attempts("GetItem")).isEqualTo(2);
        assertThat(call.attempts()).isEqualTo(2);
        assertThat(call.attemptStatusCodes()).containsExactly(400, 200);
        assertThat(call.successful()).isTrue();
        // The whole call includes both attempts and the backoff between them.
        assertThat(call.apiCallDuration())
                .isGreaterThanOrEqualTo(call.attemptServiceTimes().get(1).plus(Duration.ofMillis(20)));
    }

    @Test
    @DisplayName("addTo keeps the caller's interceptor and retry strategy: 2 attempts, both seen, one call measured")
    void keepsTheCallersSettings(DynamoDbBackend backend, Tables tables) {
        String table = tables.reserve("Measured");
        tables.createAndWait(SimpleTables.pkSk(table));
        SdkCallMetrics metrics = new SdkCallMetrics();
        FaultInjector faults = new FaultInjector().inject("GetItem", FaultInjector.Fault.THROTTLE, 2);
        // The caller's own settings: 2 attempts (the SDK's default would succeed on the third) and an interceptor.
        RetryStrategy twoAttempts = AwsRetryStrategy.standardRetryStrategy().toBuilder()
                .maxAttempts(2)
                .throttlingBackoffStrategy(BackoffStrategy.retryImmediately())
                .build();
        List<String> seen = new CopyOnWriteArrayList<>();
        ExecutionInterceptor callers = new ExecutionInterceptor() {
            @Override
            public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
                seen.add(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME));
            }
        };

        try (DynamoDbClient client = backend.newClient(b -> {
            metrics.addTo(b.httpClientBuilder(faults.httpClientBuilder())
                    .overrideConfiguration(o -> o.retryStrategy(twoAttempts).addExecutionInterceptor(callers)));
            assertThat(b.overrideConfiguration().retryStrategy()).containsSame(twoAttempts);
            assertThat(b.overrideConfiguration().executionInterceptors()).containsExactly(callers);
            assertThat(b.overrideConfiguration().metricPublishers()).containsExactly(metrics);
        })) {
            assertThatThrownBy(() -> client.getItem(b -> b.tableName(table).key(KEY)))
                    .isInstanceOf(ProvisionedThroughputExceededException.class);
        }

        assertThat(faults.attempts("GetItem")).isEqualTo(2);
        assertThat(seen).containsExactly("GetItem", "GetItem");
        assertThat(metrics.calls()).singleElement().satisfies(call -> {
            assertThat(call.successful()).isFalse();
            assertThat(call.attemptStatusCodes()).containsExactly(400, 400);
        });
    }
}
