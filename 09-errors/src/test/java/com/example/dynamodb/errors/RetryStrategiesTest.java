package com.example.dynamodb.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.dynamodb.errors.RecordingBackoff.Delay;
import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.FaultInjector;
import com.example.dynamodb.support.FaultInjector.Fault;
import com.example.dynamodb.support.Tables;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.retries.api.AcquireInitialTokenRequest;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.retries.api.RefreshRetryTokenRequest;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.retries.api.RetryToken;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.InternalServerErrorException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;

@DynamoDbTest(sdkClient = true)
class RetryStrategiesTest {

    private static final Duration BASE = Duration.ofMillis(4);
    private static final Duration THROTTLING_BASE = Duration.ofMillis(8);
    private static final Duration CAP = Duration.ofMillis(20);

    /** Full jitter: the wait before attempt n is uniform in [0, min(cap, base * 2^(n-2))]. */
    private static Duration ceiling(Duration base, int attempt) {
        Duration doubled = base.multipliedBy(1L << (attempt - 2));
        return doubled.compareTo(CAP) < 0 ? doubled : CAP;
    }

    private static void putAlice(DynamoDbClient client, String table) {
        client.putItem(b -> b.tableName(table).item(Map.of(AccountsTable.PK, AttributeValue.fromS("alice"))));
    }

    @Test
    @DisplayName("maxAttempts counts the first try: with 4, three throttles are survived and the write lands")
    void successAfterThrottles(DynamoDbBackend backend, Tables tables) {
        String table = AccountsTable.create(tables, "Accounts");
        FaultInjector faults = new FaultInjector().inject("PutItem", Fault.THROTTLE, 3);
        RecordingBackoff backoff = new RecordingBackoff(BackoffStrategy.exponentialDelay(BASE, CAP));
        RecordingBackoff throttling = new RecordingBackoff(BackoffStrategy.exponentialDelay(THROTTLING_BASE, CAP));
        RetryStrategy strategy = AwsRetryStrategy.standardRetryStrategy().toBuilder()
                .maxAttempts(4)
                .backoffStrategy(backoff)
                .throttlingBackoffStrategy(throttling)
                .build();

        try (DynamoDbClient client = FastRetries.client(backend, faults, strategy)) {
            putAlice(client, table);
        }

        assertThat(faults.attempts("PutItem")).isEqualTo(4);
        assertThat(TableErrors.findAccount(backend.client(), table, "alice")).isPresent();
        // Throttles wait with the throttling backoff only, once before each retry.
        assertThat(backoff.chosen()).isEmpty();
        assertThat(throttling.chosen()).extracting(Delay::attempt).containsExactly(2, 3, 4);
        for (Delay delay : throttling.chosen()) {
            assertThat(delay.delay()).isBetween(Duration.ZERO, ceiling(THROTTLING_BASE, delay.attempt()));
        }
    }

    @Test
    @DisplayName("a persistent throttle fails after exactly maxAttempts attempts, with the throttle itself")
    void givesUpAfterMaxAttempts(DynamoDbBackend backend, Tables tables) {
        String table = AccountsTable.create(tables, "Accounts");
        FaultInjector faults = new FaultInjector().inject("PutItem", Fault.THROTTLE, 10);

        try (DynamoDbClient client = FastRetries.client(backend, faults, FastRetries.standard(3))) {
            assertThatThrownBy(() -> putAlice(client, table))
                    .isInstanceOf(ProvisionedThroughputExceededException.class)
                    .hasMessageContaining("SDK Attempt Count: 3");
        }
        assertThat(faults.attempts("PutItem")).isEqualTo(3);
        assertThat(faults.pending("PutItem")).isEqualTo(7);
    }

    @Test
    @DisplayName("5xx errors wait with the base backoff, throttles with the throttling one, each in its jitter window")
    void twoBackoffs(DynamoDbBackend backend, Tables tables) {
        String table = AccountsTable.create(tables, "Accounts");
        FaultInjector faults = new FaultInjector()
                .inject("PutItem", Fault.SERVER_ERROR, 1)
                .inject("PutItem", Fault.SERVICE_UNAVAILABLE, 1)
                .inject("PutItem", Fault.THROTTLING_EXCEPTION, 1)
                .inject("PutItem", Fault.REQUEST_LIMIT_EXCEEDED, 1);
        RecordingBackoff backoff = new RecordingBackoff(BackoffStrategy.exponentialDelay(BASE, CAP));
        RecordingBackoff throttling = new RecordingBackoff(BackoffStrategy.exponentialDelay(THROTTLING_BASE, CAP));
        RetryStrategy strategy = AwsRetryStrategy.standardRetryStrategy().toBuilder()
                .maxAttempts(5)
                .backoffStrategy(backoff)
                .throttlingBackoffStrategy(throttling)
                .build();

        try (DynamoDbClient client = FastRetries.client(backend, faults, strategy)) {
            putAlice(client, table);
        }

        assertThat(faults.attempts("PutItem")).isEqualTo(5);
        assertThat(backoff.chosen()).extracting(Delay::attempt).containsExactly(2, 3);
        assertThat(throttling.chosen()).extracting(Delay::attempt).containsExactly(4, 5);
        backoff.chosen().forEach(d -> assertThat(d.delay()).isBetween(Duration.ZERO, ceiling(BASE, d.attempt())));
        throttling
                .chosen()
                .forEach(d -> assertThat(d.delay()).isBetween(Duration.ZERO, ceiling(THROTTLING_BASE, d.attempt())));
    }

    @Test
    @DisplayName("errors that a retry cannot fix are tried once and never wait")
    void nonRetryable(DynamoDbBackend backend, Tables tables) {
        String table = AccountsTable.create(tables, "Accounts");
        AccountsTable.open(backend.client(), table, "alice", "alice", 1);
        FaultInjector counting = new FaultInjector();
        RecordingBackoff backoff = new RecordingBackoff(BackoffStrategy.exponentialDelay(BASE, CAP));
        RetryStrategy strategy = AwsRetryStrategy.standardRetryStrategy().toBuilder()
                .maxAttempts(5)
                .backoffStrategy(backoff)
                .throttlingBackoffStrategy(backoff)
                .build();

        try (DynamoDbClient client = FastRetries.client(backend, counting, strategy)) {
            ConditionalFailures.withdraw(client, table, "alice", 100); // ConditionalCheckFailedException
            ValidationErrors.refusal(ValidationErrors.Mistake.WRONG_KEY_NAME, client, table); // ValidationException
            TableErrors.createIfAbsent(client, AccountsTable.definition(table)); // ResourceInUseException
        }

        assertThat(counting.attempts("UpdateItem")).isOne();
        assertThat(counting.attempts("GetItem")).isOne();
        assertThat(counting.attempts("CreateTable")).isOne();
        assertThat(backoff.chosen()).isEmpty();
    }

    @Test
    @DisplayName("plannedWaits asks a strategy as the SDK does: maxAttempts - 1 waits, each within its ceiling")
    void plannedWaits() {
        RetryStrategy strategy = RetryStrategies.standard(5, BASE, THROTTLING_BASE, CAP);

        List<Duration> afterThrottles = RetryStrategies.plannedWaits(strategy, RetryStrategies.throttle());
        List<Duration> afterErrors = RetryStrategies.plannedWaits(strategy, RetryStrategies.serverError());

        assertThat(afterThrottles).hasSize(4);
        assertThat(afterErrors).hasSize(4);
        for (int i = 0; i < 4; i++) {
            assertThat(afterThrottles.get(i)).isBetween(Duration.ZERO, ceiling(THROTTLING_BASE, i + 2));
            assertThat(afterErrors.get(i)).isBetween(Duration.ZERO, ceiling(BASE, i + 2));
        }
    }

    @Test
    @DisplayName(
            "a DynamoDB client with no strategy set makes 9 attempts: 8 retries, the legacy mode's DynamoDB default")
    void clientDefault(DynamoDbBackend backend) {
        try (DynamoDbClient client = backend.newClient(b -> {})) {
            RetryStrategy resolved = client.serviceClientConfiguration()
                    .overrideConfiguration()
                    .retryStrategy()
                    .orElseThrow();

            assertThat(resolved.maxAttempts()).isEqualTo(9);
            assertThat(RetryStrategies.plannedWaits(resolved, RetryStrategies.serverError()))
                    .hasSize(8);
        }
    }

    @Test
    @DisplayName("the client default waits up to 25 ms x 2^n after 5xx errors and, after throttles, half to all of"
            + " 500 ms x 2^n (cap 20 s): 36 to 72 s in all on a persistent throttle")
    void clientDefaultWaits(DynamoDbBackend backend) {
        try (DynamoDbClient client = backend.newClient(b -> {})) {
            RetryStrategy resolved = client.serviceClientConfiguration()
                    .overrideConfiguration()
                    .retryStrategy()
                    .orElseThrow();

            List<Duration> afterErrors = RetryStrategies.plannedWaits(resolved, RetryStrategies.serverError());
            List<Duration> afterThrottles = RetryStrategies.plannedWaits(resolved, RetryStrategies.throttle());

            for (int i = 0; i < 8; i++) {
                long errorCeiling = 25L << i;
                long throttleCeiling = Math.min(20_000L, 500L << i);
                assertThat(afterErrors.get(i).toMillis()).isBetween(0L, errorCeiling);
                assertThat(afterThrottles.get(i).toMillis()).isBetween(throttleCeiling / 2, throttleCeiling);
            }
            long totalMillis =
                    afterThrottles.stream().mapToLong(Duration::toMillis).sum();
            assertThat(totalMillis).isBetween(35_750L, 71_500L);
        }
    }

    @Test
    @DisplayName(
            "legacy mode waits after throttles with half jitter: each wait between half its ceiling and the ceiling")
    void legacyHalfJitter() {
        // Legacy throttling backoff: 500 ms base, so the ceilings are 500, 1000, 2000 ms.
        List<Duration> waits = RetryStrategies.plannedWaits(RetryStrategies.legacy(4), RetryStrategies.throttle());

        assertThat(waits).hasSize(3);
        for (int i = 0; i < waits.size(); i++) {
            long ceiling = 500L << i;
            assertThat(waits.get(i).toMillis()).isBetween(ceiling / 2, ceiling);
        }
    }

    @Test
    @DisplayName("adaptive mode delays the first attempt of later requests after throttles; standard never does")
    void adaptiveRateLimits() {
        RetryStrategy adaptive = RetryStrategies.adaptive(3);
        RetryStrategy standard = AwsRetryStrategy.standardRetryStrategy();
        assertThat(firstAttemptDelay(adaptive)).isZero();

        for (RetryStrategy strategy : List.of(adaptive, standard)) {
            RetryToken token = strategy.acquireInitialToken(AcquireInitialTokenRequest.create("test"))
                    .token();
            strategy.refreshRetryToken(RefreshRetryTokenRequest.builder()
                    .token(token)
                    .failure(RetryStrategies.throttle())
                    .build());
        }

        assertThat(firstAttemptDelay(adaptive)).isPositive();
        assertThat(firstAttemptDelay(standard)).isZero();
    }

    private static Duration firstAttemptDelay(RetryStrategy strategy) {
        return strategy.acquireInitialToken(AcquireInitialTokenRequest.create("test"))
                .delay();
    }

    @Test
    @DisplayName("the retry quota: after 50 failing calls have spent it, the next call is tried once")
    void retryQuota(DynamoDbBackend backend, Tables tables) {
        String table = AccountsTable.create(tables, "Accounts");
        FaultInjector faults = new FaultInjector().inject("GetItem", Fault.SERVER_ERROR, 1000);

        try (DynamoDbClient client = FastRetries.client(backend, faults, FastRetries.standard(3))) {
            // 500 tokens in the bucket, 5 per retry: 50 calls x 2 retries empty it.
            for (int call = 1; call <= 50; call++) {
                assertThat(attemptsOfOneFailingGet(client, table, faults))
                        .as("call %d", call)
                        .isEqualTo(3);
            }
            assertThat(attemptsOfOneFailingGet(client, table, faults)).isOne();
        }
    }

    @Test
    @DisplayName("with the circuit breaker off, the 51st failing call still gets its retries")
    void noCircuitBreaker(DynamoDbBackend backend, Tables tables) {
        String table = AccountsTable.create(tables, "Accounts");
        FaultInjector faults = new FaultInjector().inject("GetItem", Fault.SERVER_ERROR, 1000);
        RetryStrategy strategy = RetryStrategies.standardWithoutCircuitBreaker(3, BackoffStrategy.retryImmediately());

        try (DynamoDbClient client = FastRetries.client(backend, faults, strategy)) {
            for (int call = 1; call <= 50; call++) {
                attemptsOfOneFailingGet(client, table, faults);
            }
            assertThat(attemptsOfOneFailingGet(client, table, faults)).isEqualTo(3);
        }
    }

    private static int attemptsOfOneFailingGet(DynamoDbClient client, String table, FaultInjector faults) {
        int before = faults.attempts("GetItem");
        assertThatThrownBy(() -> client.getItem(
                        b -> b.tableName(table).key(Map.of(AccountsTable.PK, AttributeValue.fromS("a")))))
                .isInstanceOf(InternalServerErrorException.class);
        return faults.attempts("GetItem") - before;
    }
}
