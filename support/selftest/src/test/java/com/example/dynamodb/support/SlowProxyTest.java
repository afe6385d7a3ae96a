package com.example.dynamodb.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Each timeout of the SDK fires against a late response, with the exception the SDK documents. */
@DynamoDbTest(sdkClient = true)
class SlowProxyTest {

    private static final Duration LATE = Duration.ofMillis(700);
    private static final Duration PATIENCE = Duration.ofMillis(250);

    private SlowProxy slow;
    private String table;

    @BeforeEach
    void start(DynamoDbBackend backend, Tables tables) {
        table = tables.reserve("Slow");
        tables.createAndWait(DynamoDbBackendTest.simpleTable(table));
        slow = SlowProxy.forwardingTo(backend.endpoint().orElseThrow());
    }

    @AfterEach
    void stop() {
        slow.close();
    }

    private DynamoDbClient client(
            DynamoDbBackend backend, int maxAttempts, Consumer<ClientOverrideConfiguration.Builder> timeouts) {
        return client(backend, maxAttempts, timeouts, b -> {});
    }

    private DynamoDbClient client(
            DynamoDbBackend backend,
            int maxAttempts,
            Consumer<ClientOverrideConfiguration.Builder> timeouts,
            Consumer<DynamoDbClientBuilder> more) {
        BackoffStrategy quick = BackoffStrategy.fixedDelay(Duration.ofMillis(5));
        return backend.newClient(b -> {
            b.endpointOverride(slow.endpoint()).overrideConfiguration(o -> {
                o.retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder()
                        .maxAttempts(maxAttempts)
                        .backoffStrategy(quick)
                        .build());
                timeouts.accept(o);
            });
            more.accept(b);
        });
    }

    private Map<String, AttributeValue> item() {
        return Map.of("id", AttributeValue.fromS("late"));
    }

    @Test
    @DisplayName("a response on time passes through the proxy unchanged")
    void passesThrough(DynamoDbBackend backend, DynamoDbClient direct) {
        try (DynamoDbClient client = client(backend, 1, o -> {})) {
            client.putItem(b -> b.tableName(table).item(item()));
            assertThat(client.getItem(b -> b.tableName(table).key(item())).item())
                    .isEqualTo(item());
        }
        assertThat(slow.requests()).isEqualTo(2);
        assertThat(direct.getItem(b -> b.tableName(table).key(item())).hasItem())
                .isTrue();
    }

    @Test
    @DisplayName("apiCallAttemptTimeout: a late first attempt is abandoned, the retry succeeds")
    void attemptTimeoutThenRetry(DynamoDbBackend backend) {
        slow.delayNext(1, LATE);
        try (DynamoDbClient client = client(backend, 2, o -> o.apiCallAttemptTimeout(PATIENCE))) {
            client.putItem(b -> b.tableName(table).item(item()));
        }
        assertThat(slow.requests()).isEqualTo(2);
    }

    @Test
    @DisplayName("apiCallAttemptTimeout with no retry left: ApiCallAttemptTimeoutException, the write applied")
    void attemptTimeout(DynamoDbBackend backend, DynamoDbClient direct) {
        slow.delayNext(1, LATE);
        try (DynamoDbClient client = client(backend, 1, o -> o.apiCallAttemptTimeout(PATIENCE))) {
            Throwable error =
                    catchThrowable(() -> client.putItem(b -> b.tableName(table).item(item())));
            assertThat(error).isInstanceOf(ApiCallAttemptTimeoutException.class);
        }
        // The request reached DynamoDB before the client gave up: a timeout is not a failed write.
        await().atMost(Duration.ofSeconds(2))
                .until(() -> direct.getItem(b -> b.tableName(table).key(item())).hasItem());
    }

    @Test
    @DisplayName("apiCallTimeout bounds the whole call, retries included: ApiCallTimeoutException")
    void callTimeout(DynamoDbBackend backend) {
        slow.delayNext(3, LATE);
        try (DynamoDbClient client = client(backend, 3, o -> o.apiCallTimeout(PATIENCE))) {
            Throwable error =
                    catchThrowable(() -> client.getItem(b -> b.tableName(table).key(item())));
            assertThat(error).isInstanceOf(ApiCallTimeoutException.class);
        }
        // The one attempt still running when the budget ran out was the only one.
        assertThat(slow.requests()).isEqualTo(1);
    }

    @Test
    @DisplayName("the HTTP client's read timeout: an SdkClientException caused by SocketTimeoutException")
    void readTimeout(DynamoDbBackend backend) {
        slow.delayNext(1, LATE);
        try (DynamoDbClient client = client(
                backend,
                1,
                o -> {},
                b -> b.httpClientBuilder(Apache5HttpClient.builder().socketTimeout(PATIENCE)))) {
            Throwable error =
                    catchThrowable(() -> client.getItem(b -> b.tableName(table).key(item())));
            assertThat(error)
                    .isExactlyInstanceOf(SdkClientException.class)
                    .hasRootCauseInstanceOf(SocketTimeoutException.class)
                    .hasRootCauseMessage("Read timed out");
        }
        assertThat(slow.requests()).isEqualTo(1);
    }
}
