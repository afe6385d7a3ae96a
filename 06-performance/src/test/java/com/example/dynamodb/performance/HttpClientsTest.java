package com.example.dynamodb.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.SlowProxy;
import com.example.dynamodb.support.Tables;
import io.netty.handler.timeout.ReadTimeoutException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.nio.netty.SdkEventLoopGroup;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Each HTTP client the lesson configures, on the local server through {@link SlowProxy}: a round
 * trip with the README's read timeout (5 s), and a short read timeout (250 ms) firing on a
 * response the proxy holds back for 2 s (the test does not wait for it). Only the held-back
 * request runs with the short timeout, so a slow machine cannot make a request that should pass
 * time out.
 */
@DynamoDbTest(sdkClient = true)
class HttpClientsTest {

    private static final Duration READ_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration SHORT_READ_TIMEOUT = Duration.ofMillis(250);
    private static final Duration LATE = Duration.ofSeconds(2); // 8 × the short timeout: it fires first
    private static final Map<String, AttributeValue> ITEM =
            Map.of("pk", AttributeValue.fromS("h"), "v", AttributeValue.fromN("42"));
    private static final Map<String, AttributeValue> KEY = Map.of("pk", ITEM.get("pk"));

    private SlowProxy slow;
    private String table;

    @BeforeEach
    void start(DynamoDbBackend backend, DynamoDbClient plain, Tables tables) {
        table = TableSetup.create(plain, tables, "Http", false);
        slow = SlowProxy.forwardingTo(backend.endpoint().orElseThrow());
    }

    @AfterEach
    void stop() {
        slow.close();
    }

    /** A sync client through the slow proxy, with one attempt: a timeout is not retried away. */
    private DynamoDbClient sync(DynamoDbBackend backend, SdkHttpClient.Builder<?> http) {
        return backend.newClient(b -> b.endpointOverride(slow.endpoint())
                .httpClientBuilder(http)
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry())));
    }

    @Test
    @DisplayName("Apache (pooled) and URLConnection write and read the same item through the proxy")
    void roundTrip(DynamoDbBackend backend) {
        try (DynamoDbClient apache = sync(backend, HttpClients.apache(20, READ_TIMEOUT));
                DynamoDbClient urlConnection = sync(backend, HttpClients.urlConnection(READ_TIMEOUT))) {
            apache.putItem(b -> b.tableName(table).item(ITEM));
            assertThat(urlConnection
                            .getItem(b -> b.tableName(table).key(KEY).consistentRead(true))
                            .item())
                    .isEqualTo(ITEM);
            urlConnection.deleteItem(b -> b.tableName(table).key(KEY));
            assertThat(apache.getItem(b -> b.tableName(table).key(KEY).consistentRead(true))
                            .hasItem())
                    .isFalse();
        }
        assertThat(slow.requests()).isEqualTo(4);
    }

    @Test
    @DisplayName("Apache's read timeout fires on a late response: SdkClientException caused by SocketTimeoutException")
    void apacheReadTimeout(DynamoDbBackend backend) {
        slow.delayNext(1, LATE);
        try (DynamoDbClient apache = sync(backend, HttpClients.apache(20, SHORT_READ_TIMEOUT))) {
            Throwable error =
                    catchThrowable(() -> apache.getItem(b -> b.tableName(table).key(KEY)));

            assertThat(error)
                    .isExactlyInstanceOf(SdkClientException.class)
                    .hasRootCauseInstanceOf(SocketTimeoutException.class);
        }
    }

    @Test
    @DisplayName("URLConnection's read timeout fires on a late response: SdkClientException caused by"
            + " SocketTimeoutException")
    void urlConnectionReadTimeout(DynamoDbBackend backend) {
        slow.delayNext(1, LATE);
        try (DynamoDbClient urlConnection = sync(backend, HttpClients.urlConnection(SHORT_READ_TIMEOUT))) {
            Throwable error = catchThrowable(
                    () -> urlConnection.getItem(b -> b.tableName(table).key(KEY)));

            assertThat(error)
                    .isExactlyInstanceOf(SdkClientException.class)
                    .hasRootCauseInstanceOf(SocketTimeoutException.class);
        }
    }

    @Test
    @DisplayName("Netty's read timeout fires on a late response: the future fails with an SdkClientException,"
            + " \"Read timed out\"")
    void nettyReadTimeout(DynamoDbBackend backend) {
        SdkEventLoopGroup eventLoops =
                SdkEventLoopGroup.builder().numberOfThreads(1).build();
        slow.delayNext(1, LATE);
        try (DynamoDbAsyncClient netty = backend.newAsyncClient(b -> b.endpointOverride(slow.endpoint())
                .httpClientBuilder(HttpClients.netty(4, SHORT_READ_TIMEOUT).eventLoopGroup(eventLoops))
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry())))) {
            Throwable error = catchThrowable(
                    () -> netty.getItem(b -> b.tableName(table).key(KEY)).join());

            assertThat(error).isInstanceOf(CompletionException.class);
            assertThat(error.getCause()).isExactlyInstanceOf(SdkClientException.class);
            assertThat(error.getCause()).hasRootCauseInstanceOf(ReadTimeoutException.class);
            assertThat(error.getCause().getMessage()).contains("Read timed out");
        } finally {
            // The client does not close an event loop group it was given; closing it here skips
            // Netty's 2 s quiet period.
            eventLoops.eventLoopGroup().shutdownGracefully(0, 2, TimeUnit.SECONDS);
        }
        assertThat(slow.requests()).isEqualTo(1);
    }
}
