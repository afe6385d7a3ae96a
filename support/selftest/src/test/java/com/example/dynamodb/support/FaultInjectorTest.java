package com.example.dynamodb.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.example.dynamodb.support.FaultInjector.Fault;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.InternalServerErrorException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.RequestLimitExceededException;
import software.amazon.awssdk.services.dynamodb.model.ThrottlingException;

@DynamoDbTest(sdkClient = true)
class FaultInjectorTest {

    private final FaultInjector faults = new FaultInjector();
    private String table;

    @BeforeEach
    void createTable(DynamoDbClient client, Tables tables) {
        table = tables.reserve("Faults");
        tables.createAndWait(DynamoDbBackendTest.simpleTable(table));
    }

    /** A client with the injector and a short, explicit retry budget of {@code maxAttempts}. */
    private DynamoDbClient faultyClient(DynamoDbBackend backend, int maxAttempts) {
        BackoffStrategy quick = BackoffStrategy.exponentialDelay(Duration.ofMillis(5), Duration.ofMillis(20));
        return backend.newClient(b -> b.httpClientBuilder(faults.httpClientBuilder())
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder()
                        .maxAttempts(maxAttempts)
                        .backoffStrategy(quick)
                        .throttlingBackoffStrategy(quick)
                        .build())));
    }

    private Map<String, AttributeValue> key() {
        return Map.of("id", AttributeValue.fromS("k1"));
    }

    static Stream<Arguments> realErrors() {
        return Stream.of(
                Arguments.of(Fault.THROTTLE, ProvisionedThroughputExceededException.class, 400, true),
                Arguments.of(Fault.THROTTLING_EXCEPTION, ThrottlingException.class, 400, true),
                Arguments.of(Fault.REQUEST_LIMIT_EXCEEDED, RequestLimitExceededException.class, 400, true),
                Arguments.of(Fault.SERVER_ERROR, InternalServerErrorException.class, 500, false),
                // No modeled exception for a 503: the SDK hands back the service's base exception.
                Arguments.of(Fault.SERVICE_UNAVAILABLE, DynamoDbException.class, 503, false));
    }

    @ParameterizedTest(name = "{0}: the SDK unmarshals {1}, HTTP {2}, and retries it up to the budget")
    @MethodSource("realErrors")
    void realErrorTypes(
            Fault fault,
            Class<? extends DynamoDbException> type,
            int status,
            boolean throttling,
            DynamoDbBackend backend,
            DynamoDbClient client) {
        faults.inject("PutItem", fault, 5);
        try (DynamoDbClient faulty = faultyClient(backend, 3)) {
            DynamoDbException error = catchThrowableOfType(
                    DynamoDbException.class,
                    () -> faulty.putItem(b -> b.tableName(table).item(key())));
            assertThat(error).isExactlyInstanceOf(type);
            assertThat(error.awsErrorDetails().errorCode()).isEqualTo(fault.errorCode());
            assertThat(error.statusCode()).isEqualTo(status);
            assertThat(error.isThrottlingException()).isEqualTo(throttling);
            assertThat(error.numAttempts()).isEqualTo(3);
        }
        // Three attempts on the wire, none of them reached DynamoDB: nothing was written.
        assertThat(faults.attempts("PutItem")).isEqualTo(3);
        assertThat(faults.pending("PutItem")).isEqualTo(2);
        assertThat(client.getItem(b -> b.tableName(table).key(key())).hasItem()).isFalse();
    }

    @Test
    @DisplayName("two throttled attempts, then success: three attempts, one item")
    void throttlingIsRetried(DynamoDbBackend backend, DynamoDbClient client) {
        faults.inject("PutItem", Fault.THROTTLE, 2);
        try (DynamoDbClient faulty = faultyClient(backend, 3)) {
            faulty.putItem(b -> b.tableName(table).item(key()));
        }
        assertThat(faults.attempts("PutItem")).isEqualTo(3);
        assertThat(faults.pending("PutItem")).isZero();
        assertThat(client.getItem(b -> b.tableName(table).key(key())).hasItem()).isTrue();
    }

    @Test
    @DisplayName("more throttling than the retry budget: the real exception reaches the caller")
    void throttlingBeyondBudget(DynamoDbBackend backend, DynamoDbClient client) {
        faults.inject("PutItem", Fault.THROTTLE, 5);
        try (DynamoDbClient faulty = faultyClient(backend, 2)) {
            assertThatThrownBy(() -> faulty.putItem(b -> b.tableName(table).item(key())))
                    .isInstanceOf(ProvisionedThroughputExceededException.class);
        }
        assertThat(faults.attempts("PutItem")).isEqualTo(2);
        assertThat(client.getItem(b -> b.tableName(table).key(key())).hasItem()).isFalse();
    }

    @Test
    @DisplayName("a 500 that DynamoDB answers before applying anything is retried, and the write happens once")
    void serverErrorIsRetried(DynamoDbBackend backend, DynamoDbClient client) {
        faults.inject("UpdateItem", Fault.SERVER_ERROR, 1);

        incrementOnce(backend);

        assertThat(faults.attempts("UpdateItem")).isEqualTo(2);
        assertThat(hits(client)).isEqualTo("1");
    }

    @Test
    @DisplayName("a lost response makes the SDK retry a write that was already applied")
    void lostResponseAppliesTwice(DynamoDbBackend backend, DynamoDbClient client) {
        faults.inject("UpdateItem", Fault.LOSE_RESPONSE, 1);

        incrementOnce(backend);

        // One call by the application, two increments in the table: why idempotency matters.
        assertThat(faults.attempts("UpdateItem")).isEqualTo(2);
        assertThat(hits(client)).isEqualTo("2");
    }

    /** One application call: ADD 1 to the item's hits, through the faulty client (3 attempts). */
    private void incrementOnce(DynamoDbBackend backend) {
        try (DynamoDbClient faulty = faultyClient(backend, 3)) {
            faulty.updateItem(b -> b.tableName(table)
                    .key(key())
                    .updateExpression("ADD hits :one")
                    .expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1"))));
        }
    }

    private String hits(DynamoDbClient client) {
        return client.getItem(b -> b.tableName(table).key(key()))
                .item()
                .get("hits")
                .n();
    }

    @Test
    @DisplayName("with retries off, a lost response surfaces although the write happened")
    void lostResponseWithoutRetry(DynamoDbBackend backend, DynamoDbClient client) {
        faults.inject("PutItem", Fault.LOSE_RESPONSE, 1);
        try (DynamoDbClient faulty = faultyClient(backend, 1)) {
            assertThatThrownBy(() -> faulty.putItem(b -> b.tableName(table).item(key())))
                    .isInstanceOf(InternalServerErrorException.class)
                    .satisfies(e ->
                            assertThat(((DynamoDbException) e).statusCode()).isEqualTo(500));
        }
        assertThat(faults.attempts("PutItem")).isEqualTo(1);
        assertThat(client.getItem(b -> b.tableName(table).key(key())).hasItem()).isTrue();
    }
}
