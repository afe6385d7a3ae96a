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
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.retries.AdaptiveRetryStrategy;
import software.amazon.awssdk.retries.LegacyRetryStrategy;
import software.amazon.awssdk.retries.StandardRetryStrategy;
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
        // Every attempt is answered by the injector: no request reaches DynamoDB, so no table is made.
        String table = tables.reserve("Accounts");
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

        List<Duration> afterThrottles = RetryPlan.plannedWaits(strategy, Failures.throttle());
        List<Duration> afterErrors = RetryPlan.plannedWaits(strategy, Failures.serverError());

        assertThat(afterThrottles).hasSize(4);
        assertThat(afterErrors).hasSize(4);
        for (int i = 0; i < 4; i++) {
            assertThat(afterThrottles.get(i)).isBetween(Duration.ZERO, ceiling(THROTTLING_BASE, i + 2));
            assertThat(afterErrors.get(i)).isBetween(Duration.ZERO, ceiling(BASE, i + 2));
        }
    }

    private static RetryStrategy resolved(DynamoDbClient client) {
        return client.serviceClientConfiguration()
                .overrideConfiguration()
                .retryStrategy()
                .orElseThrow();
    }

    /** What a line of the shared config file (~/.aws/config) sets, given to one client. */
    private static DynamoDbClient clientWithConfig(DynamoDbBackend backend, String settings) {
        ProfileFile config = ProfileFile.builder()
                .content("[profile app]\n" + settings + "\n")
                .type(ProfileFile.Type.CONFIGURATION)
                .build();
        return backend.newClient(
                b -> b.overrideConfiguration(o -> o.defaultProfileFile(config).defaultProfileName("app")));
    }

    /**
     * The longest first wait after a 500 over {@code samples} calls, one retry each (14 tokens: 30
     * samples stay within the quota). The waits are uniform in [0, base]: it shows the base delay.
     */
    private static long longestFirstWait(RetryStrategy strategy, int samples) {
        long longest = 0;
        for (int i = 0; i < samples; i++) {
            RetryToken token = strategy.acquireInitialToken(AcquireInitialTokenRequest.create("test"))
                    .token();
            Duration wait = strategy.refreshRetryToken(RefreshRetryTokenRequest.builder()
                            .token(token)
                            .failure(Failures.serverError())
                            .build())
                    .delay();
            longest = Math.max(longest, wait.toMillis());
        }
        return longest;
    }

    @Test
    @DisplayName("SDK 2.59.1: a DynamoDB client with no strategy set is in standard mode and makes 4 attempts on"
            + " a persistent 500")
    void clientDefault(DynamoDbBackend backend, Tables tables) {
        // Every attempt is answered by the injector: no request reaches DynamoDB, so no table is made.
        String table = tables.reserve("Accounts");
        FaultInjector faults = new FaultInjector().inject("GetItem", Fault.SERVER_ERROR, 10);

        try (DynamoDbClient client = backend.newClient(b -> b.httpClientBuilder(faults.httpClientBuilder()))) {
            assertThat(resolved(client)).isInstanceOf(StandardRetryStrategy.class);
            assertThat(resolved(client).maxAttempts()).isEqualTo(4);
            assertThatThrownBy(() -> client.getItem(
                            b -> b.tableName(table).key(Map.of(AccountsTable.PK, AttributeValue.fromS("a")))))
                    .isInstanceOf(InternalServerErrorException.class)
                    .hasMessageContaining("SDK Attempt Count: 4");
        }
        assertThat(faults.attempts("GetItem")).isEqualTo(4);
    }

    @Test
    @DisplayName("SDK 2.59.1: the client default waits up to 25 ms x 2^n after 5xx errors and up to 1 s x 2^n after"
            + " throttles, full jitter: at most 7 s in all on a persistent throttle")
    void clientDefaultWaits(DynamoDbBackend backend) {
        try (DynamoDbClient client = backend.newClient(b -> {})) {
            RetryStrategy resolved = resolved(client);
            boolean belowHalfCeiling = false;
            // 10 plans of 3 throttle retries (5 tokens each) and 5 of 3 error retries (14 each): within the 500 tokens.
            for (int plan = 0; plan < 10; plan++) {
                List<Duration> afterThrottles = RetryPlan.plannedWaits(resolved, Failures.throttle());
                assertThat(afterThrottles).hasSize(3);
                for (int i = 0; i < 3; i++) {
                    long ceiling = 1000L << i;
                    assertThat(afterThrottles.get(i).toMillis()).isBetween(0L, ceiling);
                    belowHalfCeiling |= afterThrottles.get(i).toMillis() < ceiling / 2;
                }
                assertThat(afterThrottles.stream().mapToLong(Duration::toMillis).sum())
                        .isLessThanOrEqualTo(7_000L);
            }
            for (int plan = 0; plan < 5; plan++) {
                List<Duration> afterErrors = RetryPlan.plannedWaits(resolved, Failures.serverError());
                assertThat(afterErrors).hasSize(3);
                for (int i = 0; i < 3; i++) {
                    assertThat(afterErrors.get(i).toMillis()).isBetween(0L, 25L << i);
                }
            }
            // Full jitter, not legacy's half jitter: of 30 throttle waits, one at least is below half its
            // ceiling (a chance of 2^-30 to see none).
            assertThat(belowHalfCeiling).isTrue();
        }
    }

    @Test
    @DisplayName("SDK 2.59.1: retry_mode and max_attempts in the config file keep DynamoDB's 25 ms base: legacy 9"
            + " attempts (whatever max_attempts says), adaptive 4, max_attempts 6 honoured")
    void configuredModes(DynamoDbBackend backend) {
        try (DynamoDbClient legacy = clientWithConfig(backend, "retry_mode = legacy");
                DynamoDbClient adaptive = clientWithConfig(backend, "retry_mode = adaptive");
                DynamoDbClient six = clientWithConfig(backend, "max_attempts = 6");
                DynamoDbClient legacySix = clientWithConfig(backend, "retry_mode = legacy\nmax_attempts = 6")) {
            assertThat(resolved(legacy)).isInstanceOf(LegacyRetryStrategy.class);
            assertThat(resolved(legacy).maxAttempts()).isEqualTo(9);
            List<Duration> legacyErrors = RetryPlan.plannedWaits(resolved(legacy), Failures.serverError());
            assertThat(legacyErrors).hasSize(8);
            for (int i = 0; i < 8; i++) {
                assertThat(legacyErrors.get(i).toMillis()).isBetween(0L, Math.min(20_000L, 25L << i));
            }
            // Throttles: legacy's own 500 ms base with half jitter, capped at 20 s.
            List<Duration> legacyThrottles = RetryPlan.plannedWaits(resolved(legacy), Failures.throttle());
            assertThat(legacyThrottles).hasSize(8);
            for (int i = 0; i < 8; i++) {
                long ceiling = Math.min(20_000L, 500L << i);
                assertThat(legacyThrottles.get(i).toMillis()).isBetween(ceiling / 2, ceiling);
            }
            assertThat(resolved(adaptive)).isInstanceOf(AdaptiveRetryStrategy.class);
            assertThat(resolved(adaptive).maxAttempts()).isEqualTo(4);
            assertThat(resolved(six).maxAttempts()).isEqualTo(6);
            assertThat(resolved(legacySix).maxAttempts())
                    .as("legacy ignores max_attempts")
                    .isEqualTo(9);
            assertThat(longestFirstWait(resolved(six), 10)).isLessThanOrEqualTo(25);
        }
    }

    @Test
    @DisplayName("SDK 2.59.1: a mode or a tweak set in code starts from the SDK's generic strategy: 3 attempts,"
            + " 50 ms base, not DynamoDB's")
    void modesInCode(DynamoDbBackend backend) {
        try (DynamoDbClient standard =
                        backend.newClient(b -> b.overrideConfiguration(o -> o.retryStrategy(RetryMode.STANDARD)));
                DynamoDbClient tweaked =
                        backend.newClient(b -> b.overrideConfiguration(o -> o.retryStrategy(r -> r.maxAttempts(6))))) {
            assertThat(resolved(standard).maxAttempts()).isEqualTo(3);
            assertThat(resolved(tweaked).maxAttempts()).isEqualTo(6);
            // Waits uniform in [0, 50 ms]: 30 first waits all within DynamoDB's 25 ms has a chance of 2^-30.
            assertThat(longestFirstWait(resolved(tweaked), 30)).isBetween(26L, 50L);
        }
    }

    @Test
    @DisplayName(
            "legacy mode waits after throttles with half jitter: each wait between half its ceiling and the ceiling")
    void legacyHalfJitter() {
        // Legacy throttling backoff: 500 ms base, so the ceilings are 500, 1000, 2000 ms.
        List<Duration> waits = RetryPlan.plannedWaits(RetryStrategies.legacy(4), Failures.throttle());

        assertThat(waits).hasSize(3);
        for (int i = 0; i < waits.size(); i++) {
            long ceiling = 500L << i;
            assertThat(waits.get(i).toMillis()).isBetween(ceiling / 2, ceiling);
        }
    }

    @Test
    @DisplayName("SDK 2.59.1: after one throttle, adaptive mode holds the next request's first attempt back;"
            + " standard never does")
    void adaptiveRateLimits() {
        RetryStrategy adaptive = RetryStrategies.adaptive(3);
        assertThat(adaptive.acquireInitialTokenAsync(AcquireInitialTokenRequest.create("test")))
                .as("before any throttle")
                .isDone();

        assertThat(RetryPlan.goesAtOnceAfterThrottle(adaptive)).isFalse();
        assertThat(RetryPlan.goesAtOnceAfterThrottle(AwsRetryStrategy.standardRetryStrategy()))
                .isTrue();
    }

    @Test
    @DisplayName("SDK 2.59.1: the retry quota holds 500 tokens and a 5xx retry costs 14: 17 calls get both retries,"
            + " the 18th one, then calls are tried once")
    void retryQuota(DynamoDbBackend backend, Tables tables) {
        // Every attempt is answered by the injector: no request reaches DynamoDB, so no table is made.
        String table = tables.reserve("Accounts");
        FaultInjector faults = new FaultInjector().inject("GetItem", Fault.SERVER_ERROR, 1000);

        try (DynamoDbClient client = FastRetries.client(backend, faults, FastRetries.standard(3))) {
            // 17 x 2 x 14 = 476 tokens; 24 are left, enough for one more retry.
            for (int call = 1; call <= 17; call++) {
                assertThat(attemptsOfOneFailingGet(client, table, faults))
                        .as("call %d", call)
                        .isEqualTo(3);
            }
            assertThat(attemptsOfOneFailingGet(client, table, faults))
                    .as("call 18")
                    .isEqualTo(2);
            assertThat(attemptsOfOneFailingGet(client, table, faults))
                    .as("call 19")
                    .isOne();
        }
    }

    @Test
    @DisplayName("SDK 2.59.1: a throttle's retry costs 5 tokens: 50 persistently throttled calls get both retries,"
            + " the 51st none")
    void retryQuotaForThrottles() {
        RetryStrategy strategy = FastRetries.standard(3);

        for (int call = 1; call <= 50; call++) {
            assertThat(RetryPlan.plannedWaits(strategy, Failures.throttle()))
                    .as("call %d", call)
                    .hasSize(2);
        }
        assertThat(RetryPlan.plannedWaits(strategy, Failures.throttle())).isEmpty();
    }

    @Test
    @DisplayName("SDK 2.59.1: the client default's quota after 500s: 11 calls get their 3 retries, the 12th 2,"
            + " then none")
    void clientDefaultQuota(DynamoDbBackend backend) {
        try (DynamoDbClient client = backend.newClient(b -> {})) {
            RetryStrategy resolved = resolved(client);
            for (int call = 1; call <= 11; call++) { // 11 x 3 x 14 = 462 of the 500 tokens
                assertThat(RetryPlan.plannedWaits(resolved, Failures.serverError()))
                        .as("call %d", call)
                        .hasSize(3);
            }
            assertThat(RetryPlan.plannedWaits(resolved, Failures.serverError())).hasSize(2);
            assertThat(RetryPlan.plannedWaits(resolved, Failures.serverError())).isEmpty();
        }
    }

    @Test
    @DisplayName("legacy mode's quota: a 5xx retry costs 5 (33 calls get their 3 retries), a throttle's retry"
            + " costs nothing")
    void legacyQuota() {
        RetryStrategy legacy = RetryStrategies.legacy(4);
        for (int call = 1; call <= 33; call++) { // 33 x 3 x 5 = 495 of the 500 tokens
            assertThat(RetryPlan.plannedWaits(legacy, Failures.serverError()))
                    .as("call %d", call)
                    .hasSize(3);
        }
        assertThat(RetryPlan.plannedWaits(legacy, Failures.serverError())).hasSize(1);
        for (int call = 1; call <= 100; call++) {
            assertThat(RetryPlan.plannedWaits(legacy, Failures.throttle()))
                    .as("throttled call %d", call)
                    .hasSize(3);
        }
    }

    @Test
    @DisplayName("with the circuit breaker off, the 19th failing call still gets its retries")
    void noCircuitBreaker(DynamoDbBackend backend, Tables tables) {
        // Every attempt is answered by the injector: no request reaches DynamoDB, so no table is made.
        String table = tables.reserve("Accounts");
        FaultInjector faults = new FaultInjector().inject("GetItem", Fault.SERVER_ERROR, 1000);
        RetryStrategy strategy = RetryStrategies.standardWithoutCircuitBreaker(3, BackoffStrategy.retryImmediately());

        try (DynamoDbClient client = FastRetries.client(backend, faults, strategy)) {
            for (int call = 1; call <= 18; call++) {
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
