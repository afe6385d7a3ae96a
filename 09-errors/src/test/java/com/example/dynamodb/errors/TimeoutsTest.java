package com.example.dynamodb.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.SlowProxy;
import com.example.dynamodb.support.Tables;
import java.net.SocketTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@DynamoDbTest(sdkClient = true)
class TimeoutsTest {

    /** Comfortably longer than a local answer, short enough to keep the tests fast. */
    private static final Duration TIMEOUT = Duration.ofMillis(300);
    /** Longer than every timeout here: the held response is always too late. */
    private static final Duration LATE = Duration.ofSeconds(2);

    private static String tableWithAlice(DynamoDbBackend backend, Tables tables) {
        String table = AccountsTable.create(tables, "Accounts");
        AccountsTable.open(backend.client(), table, "alice", "alice", 10);
        return table;
    }

    @Test
    @DisplayName("an attempt that times out is retried, and the second attempt's answer is returned")
    void attemptTimeoutIsRetried(DynamoDbBackend backend, Tables tables) {
        String table = tableWithAlice(backend, tables);
        try (SlowProxy slow = SlowProxy.forwardingTo(backend.endpoint().orElseThrow());
                DynamoDbClient client = backend.newClient(b -> Timeouts.addTo(
                        b.endpointOverride(slow.endpoint())
                                .overrideConfiguration(o -> o.retryStrategy(FastRetries.standard(3))),
                        TIMEOUT,
                        Duration.ofSeconds(5)))) {
            slow.delayNext(1, LATE);

            assertThat(Timeouts.getWithDeadline(client, table, "alice", Duration.ofSeconds(5)))
                    .hasValueSatisfying(item -> assertThat(item).containsEntry("balance", AttributeValue.fromN("10")));
            assertThat(slow.requests()).isEqualTo(2);
        }
    }

    @Test
    @DisplayName("when every attempt times out, the last one's ApiCallAttemptTimeoutException is thrown")
    void everyAttemptTimesOut(DynamoDbBackend backend, Tables tables) {
        String table = tableWithAlice(backend, tables);
        try (SlowProxy slow = SlowProxy.forwardingTo(backend.endpoint().orElseThrow());
                DynamoDbClient client = backend.newClient(b -> Timeouts.addTo(
                        b.endpointOverride(slow.endpoint())
                                .overrideConfiguration(o -> o.retryStrategy(FastRetries.standard(2))),
                        TIMEOUT,
                        Duration.ofSeconds(5)))) {
            slow.delayNext(2, LATE);

            assertThatThrownBy(() -> TableErrors.findAccount(client, table, "alice"))
                    .isInstanceOf(ApiCallAttemptTimeoutException.class);
            assertThat(slow.requests()).isEqualTo(2);
        }
    }

    @Test
    @DisplayName("apiCallTimeout ends the whole call, with retries left: one request, ApiCallTimeoutException")
    void callTimeoutEndsEverything(DynamoDbBackend backend, Tables tables) {
        String table = tableWithAlice(backend, tables);
        try (SlowProxy slow = SlowProxy.forwardingTo(backend.endpoint().orElseThrow());
                DynamoDbClient client = backend.newClient(b -> b.endpointOverride(slow.endpoint())
                        .overrideConfiguration(
                                o -> o.apiCallTimeout(TIMEOUT).retryStrategy(FastRetries.standard(3))))) {
            slow.delayNext(1, LATE);

            assertThatThrownBy(() -> TableErrors.findAccount(client, table, "alice"))
                    .isInstanceOf(ApiCallTimeoutException.class);
            assertThat(slow.requests()).isOne();
        }
    }

    @Test
    @DisplayName("the HTTP read timeout fails the attempt with an SdkClientException caused by SocketTimeoutException")
    void readTimeout(DynamoDbBackend backend, Tables tables) {
        String table = tableWithAlice(backend, tables);
        try (SlowProxy slow = SlowProxy.forwardingTo(backend.endpoint().orElseThrow());
                DynamoDbClient client = backend.newClient(b -> b.endpointOverride(slow.endpoint())
                        .httpClientBuilder(Timeouts.httpClient(Duration.ofSeconds(2), TIMEOUT))
                        .overrideConfiguration(o -> o.retryStrategy(FastRetries.standard(1))))) {
            slow.delayNext(1, LATE);

            assertThatThrownBy(() -> TableErrors.findAccount(client, table, "alice"))
                    .isInstanceOf(SdkClientException.class)
                    .hasRootCauseInstanceOf(SocketTimeoutException.class);
        }
    }

    @Test
    @DisplayName("a per-request deadline applies on a client that has no timeouts of its own")
    void perRequestDeadline(DynamoDbBackend backend, Tables tables) {
        String table = tableWithAlice(backend, tables);
        try (SlowProxy slow = SlowProxy.forwardingTo(backend.endpoint().orElseThrow());
                DynamoDbClient client = backend.newClient(b -> b.endpointOverride(slow.endpoint())
                        .overrideConfiguration(o -> o.retryStrategy(FastRetries.standard(3))))) {
            slow.delayNext(1, LATE);

            assertThatThrownBy(() -> Timeouts.getWithDeadline(client, table, "alice", TIMEOUT))
                    .isInstanceOf(ApiCallTimeoutException.class);
        }
    }

    @Test
    @DisplayName("a write whose call timed out was applied all the same: a timeout says nothing about the write")
    void timedOutWriteWasApplied(DynamoDbBackend backend, Tables tables) {
        String table = tableWithAlice(backend, tables);
        try (SlowProxy slow = SlowProxy.forwardingTo(backend.endpoint().orElseThrow());
                DynamoDbClient client = backend.newClient(b -> b.endpointOverride(slow.endpoint())
                        .overrideConfiguration(
                                o -> o.apiCallTimeout(TIMEOUT).retryStrategy(FastRetries.standard(3))))) {
            slow.delayNext(1, LATE);

            assertThatThrownBy(() -> ErrorHandling.deposit(client, table, "alice", 5))
                    .isInstanceOf(ApiCallTimeoutException.class);
        }
        await().atMost(Duration.ofSeconds(5))
                .until(() -> AccountsTable.balance(backend.client(), table, "alice") == 15);
    }

    @Test
    @DisplayName("a read timeout is retried like any I/O error: the second attempt answers")
    void readTimeoutRetried(DynamoDbBackend backend, Tables tables) {
        String table = tableWithAlice(backend, tables);
        try (SlowProxy slow = SlowProxy.forwardingTo(backend.endpoint().orElseThrow());
                DynamoDbClient client = backend.newClient(b -> b.endpointOverride(slow.endpoint())
                        .httpClientBuilder(Timeouts.httpClient(Duration.ofSeconds(2), TIMEOUT))
                        .overrideConfiguration(o -> o.retryStrategy(FastRetries.standard(2))))) {
            slow.delayNext(1, LATE);

            assertThat(TableErrors.findAccount(client, table, "alice")).isPresent();
            assertThat(slow.requests()).isEqualTo(2);
        }
    }

    @Test
    @DisplayName(
            "addTo sets both timeouts and keeps the caller's interceptor and retry strategy (2 attempts, both seen)")
    void keepsTheCallersSettings(DynamoDbBackend backend, Tables tables) {
        String table = tableWithAlice(backend, tables);
        CallersSettings callers = new CallersSettings("GetItem");

        try (DynamoDbClient client = backend.newClient(b -> {
            Timeouts.addTo(callers.applyTo(b), TIMEOUT, Duration.ofSeconds(5));
            callers.assertKeptIn(b.overrideConfiguration());
            assertThat(b.overrideConfiguration().apiCallAttemptTimeout()).contains(TIMEOUT);
            assertThat(b.overrideConfiguration().apiCallTimeout()).contains(Duration.ofSeconds(5));
        })) {
            callers.assertInForce(() -> TableErrors.findAccount(client, table, "alice"));
        }
    }
}
