package com.example.dynamodb.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.FaultInjector.Fault;
import com.example.dynamodb.support.SlowProxy;
import com.example.dynamodb.support.Tables;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.http.nio.netty.SdkEventLoopGroup;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

@DynamoDbTest(sdkClient = true)
class AsyncErrorsTest {

    /**
     * One Netty event loop for the class: a client closing its own waits out Netty's two-second
     * quiet period, every time. A client does not shut down a group it was given.
     */
    private static final SdkEventLoopGroup LOOP =
            SdkEventLoopGroup.builder().numberOfThreads(2).build();

    @AfterAll
    static void stopLoop() {
        LOOP.eventLoopGroup().shutdownGracefully(0, 0, TimeUnit.SECONDS);
    }

    private static NettyNioAsyncHttpClient.Builder netty() {
        return NettyNioAsyncHttpClient.builder().eventLoopGroup(LOOP);
    }

    private static DynamoDbAsyncClient asyncClient(DynamoDbBackend backend) {
        return backend.newAsyncClient(
                b -> b.httpClientBuilder(netty()).overrideConfiguration(o -> o.retryStrategy(FastRetries.standard(3))));
    }

    private static String tableWithAlice(DynamoDbBackend backend, Tables tables) {
        String table = AccountsTable.create(tables, "Accounts");
        AccountsTable.open(backend.client(), table, "alice", "alice", 10);
        return table;
    }

    @Test
    @DisplayName("join() throws CompletionException, get() ExecutionException; both wrap the sync client's exception")
    void wrappers(DynamoDbBackend backend, Tables tables) {
        String missing = tables.reserve("NoSuchTable");
        try (DynamoDbAsyncClient client = asyncClient(backend)) {
            CompletableFuture<GetItemResponse> future =
                    client.getItem(b -> b.tableName(missing).key(Map.of(AccountsTable.PK, AttributeValue.fromS("a"))));

            assertThatThrownBy(future::join)
                    .isInstanceOf(CompletionException.class)
                    .satisfies(e -> assertThat(AsyncErrors.unwrap(e)).isInstanceOf(ResourceNotFoundException.class));
            assertThatThrownBy(future::get)
                    .isInstanceOf(ExecutionException.class)
                    .satisfies(e -> assertThat(AsyncErrors.unwrap(e)).isInstanceOf(ResourceNotFoundException.class));
            // Even handle() sees the wrapper, not the cause.
            assertThat(future.handle((r, failure) -> failure).join()).isInstanceOf(CompletionException.class);
        }
    }

    @Test
    @DisplayName("async deposit: DEPOSITED on success, ACCOUNT_CLOSED on ConditionalCheckFailedException")
    void depositOutcomes(DynamoDbBackend backend, Tables tables) {
        String table = tableWithAlice(backend, tables);
        try (DynamoDbAsyncClient client = asyncClient(backend)) {
            assertThat(AsyncErrors.deposit(client, table, "alice", 5).join()).isEqualTo(DepositOutcome.DEPOSITED);
            assertThat(AsyncErrors.deposit(client, table, "carol", 5).join()).isEqualTo(DepositOutcome.ACCOUNT_CLOSED);
        }
        assertThat(AccountsTable.balance(backend.client(), table, "alice")).isEqualTo(15);
    }

    @Test
    @DisplayName("async deposit: a ValidationException fails the future with an IllegalArgumentException")
    void validation(DynamoDbBackend backend, Tables tables) {
        String table = tableWithAlice(backend, tables);
        try (DynamoDbAsyncClient client = asyncClient(backend)) {
            assertThatThrownBy(() -> AsyncErrors.deposit(client, table, "", 5).join())
                    .isInstanceOf(CompletionException.class)
                    .cause()
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("cannot contain an empty string value");
        }
    }

    @Test
    @DisplayName("async other service errors pass through unchanged: ResourceNotFoundException inside the wrapper")
    void otherErrorsPassThrough(DynamoDbBackend backend, Tables tables) {
        String missing = tables.reserve("NoSuchTable");
        try (DynamoDbAsyncClient client = asyncClient(backend)) {
            assertThatThrownBy(() ->
                            AsyncErrors.deposit(client, missing, "alice", 5).join())
                    .isInstanceOf(CompletionException.class)
                    .cause()
                    .isInstanceOf(ResourceNotFoundException.class);
        }
    }

    @Test
    @Tag("transactions") // TransactWriteItems on the async client
    @DisplayName("async transactions report their cancellation reasons the same way")
    void transactionCancelled(DynamoDbBackend backend, Tables tables) {
        String table = tableWithAlice(backend, tables);
        try (DynamoDbAsyncClient client = asyncClient(backend)) {
            Throwable failure = client.transactWriteItems(b ->
                            b.transactItems(w -> w.conditionCheck(c -> c.tableName(table)
                                    .key(Map.of(AccountsTable.PK, AttributeValue.fromS("alice")))
                                    .conditionExpression("balance > :v")
                                    .expressionAttributeValues(Map.of(":v", AttributeValue.fromN("100"))))))
                    .handle((r, e) -> e)
                    .join();

            assertThat(AsyncErrors.unwrap(failure))
                    .isInstanceOfSatisfying(
                            TransactionCanceledException.class,
                            e -> assertThat(e.cancellationReasons())
                                    .extracting(r -> r.code())
                                    .containsExactly("ConditionalCheckFailed"));
        }
    }

    @Test
    @DisplayName("async retries: two throttles then success, three attempts, DEPOSITED")
    void asyncThrottlesRetried(DynamoDbBackend backend, Tables tables) {
        String table = tableWithAlice(backend, tables);
        AsyncFaults faults = new AsyncFaults(netty().build(), "UpdateItem", 2);
        try (faults;
                DynamoDbAsyncClient client = backend.newAsyncClient(b ->
                        b.httpClient(faults).overrideConfiguration(o -> o.retryStrategy(FastRetries.standard(3))))) {
            assertThat(AsyncErrors.deposit(client, table, "alice", 5).join()).isEqualTo(DepositOutcome.DEPOSITED);
        }
        assertThat(faults.attempts()).isEqualTo(3);
        assertThat(AccountsTable.balance(backend.client(), table, "alice")).isEqualTo(15);
    }

    @Test
    @DisplayName("async deposit: a deposit that is not positive fails the future before anything is sent")
    void refusesNonPositive(DynamoDbBackend backend, Tables tables) {
        String table = tableWithAlice(backend, tables);
        AsyncFaults counting = new AsyncFaults(netty().build(), "UpdateItem", 0);
        try (counting;
                DynamoDbAsyncClient client = backend.newAsyncClient(b ->
                        b.httpClient(counting).overrideConfiguration(o -> o.retryStrategy(FastRetries.standard(3))))) {
            assertThatThrownBy(
                            () -> AsyncErrors.deposit(client, table, "alice", 0).join())
                    .isInstanceOf(CompletionException.class)
                    .cause()
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("A deposit must be positive, got 0");
        }
        assertThat(counting.attempts()).isZero();
        assertThat(AccountsTable.balance(backend.client(), table, "alice")).isEqualTo(10);
    }

    static Stream<Arguments> injected() {
        return Stream.of(
                Arguments.of(Fault.THROTTLE, true),
                Arguments.of(Fault.THROTTLING_EXCEPTION, true),
                Arguments.of(Fault.REQUEST_LIMIT_EXCEEDED, true),
                Arguments.of(Fault.SERVER_ERROR, false),
                Arguments.of(Fault.SERVICE_UNAVAILABLE, false));
    }

    @ParameterizedTest(name = "{0}: THROTTLED={1}, otherwise the 5xx inside the wrapper")
    @MethodSource("injected")
    @DisplayName("async deposit, as the sync one: retries exhausted, every throttling error is THROTTLED, 5xx"
            + " errors pass through, nothing is written")
    void handlingInjectedErrors(Fault fault, boolean throttling, DynamoDbBackend backend, Tables tables) {
        String table = tableWithAlice(backend, tables);
        AsyncFaults faults = new AsyncFaults(netty().build(), "UpdateItem", fault, 2);
        try (faults;
                DynamoDbAsyncClient client = backend.newAsyncClient(b ->
                        b.httpClient(faults).overrideConfiguration(o -> o.retryStrategy(FastRetries.standard(2))))) {
            if (throttling) {
                assertThat(AsyncErrors.deposit(client, table, "alice", 5).join())
                        .isEqualTo(DepositOutcome.THROTTLED);
            } else {
                assertThatThrownBy(() ->
                                AsyncErrors.deposit(client, table, "alice", 5).join())
                        .isInstanceOf(CompletionException.class)
                        .satisfies(e -> assertThat(AsyncErrors.unwrap(e))
                                .isInstanceOfSatisfying(
                                        AwsServiceException.class,
                                        cause -> assertThat(cause.statusCode()).isEqualTo(fault.status())));
            }
        }
        assertThat(faults.attempts()).isEqualTo(2);
        assertThat(AccountsTable.balance(backend.client(), table, "alice")).isEqualTo(10);
    }

    @Test
    @DisplayName("async timeouts: apiCallTimeout fails the future with ApiCallTimeoutException inside the wrapper")
    void asyncTimeout(DynamoDbBackend backend, Tables tables) {
        String table = tableWithAlice(backend, tables);
        try (SlowProxy slow = SlowProxy.forwardingTo(backend.endpoint().orElseThrow());
                DynamoDbAsyncClient client = backend.newAsyncClient(b -> b.httpClientBuilder(netty())
                        .endpointOverride(slow.endpoint())
                        .overrideConfiguration(o ->
                                o.apiCallTimeout(Duration.ofMillis(300)).retryStrategy(FastRetries.standard(3))))) {
            slow.delayNext(1, Duration.ofSeconds(2));

            assertThatThrownBy(
                            () -> AsyncErrors.deposit(client, table, "alice", 5).join())
                    .isInstanceOf(CompletionException.class)
                    .satisfies(e -> assertThat(AsyncErrors.unwrap(e)).isInstanceOf(ApiCallTimeoutException.class));
        }
    }

    @Test
    @DisplayName("unwrap peels nested wrappers and leaves a plain exception as it is")
    void unwrap() {
        DynamoDbException cause =
                (DynamoDbException) DynamoDbException.builder().message("x").build();

        assertThat(AsyncErrors.unwrap(new CompletionException(new ExecutionException(cause))))
                .isSameAs(cause);
        assertThat(AsyncErrors.unwrap(cause)).isSameAs(cause);
    }
}
