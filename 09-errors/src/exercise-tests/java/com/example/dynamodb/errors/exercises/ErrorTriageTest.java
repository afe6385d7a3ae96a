package com.example.dynamodb.errors.exercises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.example.dynamodb.errors.exercises.ErrorTriage.Action;
import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.FaultInjector;
import com.example.dynamodb.support.FaultInjector.Fault;
import com.example.dynamodb.support.Tables;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

@DynamoDbTest(sdkClient = true)
@DisplayName("Exercise 09.1 Error triage")
class ErrorTriageTest {

    @ParameterizedTest(name = "{0}, injected and retried by the SDK until it gave up, is RETRY")
    @EnumSource(
            value = Fault.class,
            names = {"THROTTLE", "THROTTLING_EXCEPTION", "REQUEST_LIMIT_EXCEEDED", "SERVER_ERROR", "SERVICE_UNAVAILABLE"
            })
    void transientErrors(Fault fault, DynamoDbBackend backend, Tables tables) {
        String table = ExerciseAccounts.withAlice(backend.client(), tables, 10L);
        FaultInjector faults = new FaultInjector().inject("GetItem", fault, 2);
        Throwable failure;
        try (DynamoDbClient client = backend.newClient(b -> b.httpClientBuilder(faults.httpClientBuilder())
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder()
                        .maxAttempts(2)
                        .backoffStrategy(BackoffStrategy.retryImmediately())
                        .throttlingBackoffStrategy(BackoffStrategy.retryImmediately())
                        .build())))) {
            failure = catchThrowable(() ->
                    client.getItem(b -> b.tableName(table).key(Map.of("accountId", AttributeValue.fromS("alice")))));
        }

        assertThat(ErrorTriage.classify(failure)).as("%s", failure).isEqualTo(Action.RETRY);
    }

    @Test
    @DisplayName("a timeout (no answer at all) is RETRY")
    void timeout() {
        assertThat(ErrorTriage.classify(ApiCallTimeoutException.create(300))).isEqualTo(Action.RETRY);
    }

    @Test
    @DisplayName("a ValidationException and a missing table are FIX_REQUEST")
    void badRequests(DynamoDbClient client, Tables tables) {
        String table = ExerciseAccounts.withAlice(client, tables, 10L);

        Throwable emptyKey = catchThrowable(() ->
                client.getItem(b -> b.tableName(table).key(Map.of("accountId", AttributeValue.fromS("")))));
        Throwable noTable = catchThrowable(() -> client.getItem(
                b -> b.tableName(table + "-missing").key(Map.of("accountId", AttributeValue.fromS("a")))));

        assertThat(ErrorTriage.classify(emptyKey))
                .as("an empty key string (ValidationException): %s", emptyKey)
                .isEqualTo(Action.FIX_REQUEST);
        assertThat(ErrorTriage.classify(noTable))
                .as("a table that does not exist (ResourceNotFoundException): %s", noTable)
                .isEqualTo(Action.FIX_REQUEST);
    }

    @Test
    @DisplayName("a false condition is GIVE_UP, alone or in a transaction")
    void falseConditions(DynamoDbClient client, Tables tables) {
        String table = ExerciseAccounts.withAlice(client, tables, 10L);

        Throwable single = catchThrowable(() -> client.putItem(b -> b.tableName(table)
                .item(Map.of("accountId", AttributeValue.fromS("alice")))
                .conditionExpression("attribute_not_exists(accountId)")));
        Throwable inTransaction =
                catchThrowable(() -> client.transactWriteItems(b -> b.transactItems(t -> t.put(p -> p.tableName(table)
                        .item(Map.of("accountId", AttributeValue.fromS("alice")))
                        .conditionExpression("attribute_not_exists(accountId)")))));

        assertThat(ErrorTriage.classify(single))
                .as("a false condition on a PutItem: %s", single)
                .isEqualTo(Action.GIVE_UP);
        assertThat(ErrorTriage.classify(inTransaction))
                .as("a transaction cancelled by its one false condition: %s", inTransaction)
                .isEqualTo(Action.GIVE_UP);
    }

    @Test
    @DisplayName(
            "a transaction cancelled by a conflict with another transaction is RETRY (built here: hard to provoke)")
    void transactionConflict() {
        TransactionCanceledException conflict = TransactionCanceledException.builder()
                .statusCode(400)
                .awsErrorDetails(AwsErrorDetails.builder()
                        .errorCode("TransactionCanceledException")
                        .build())
                .cancellationReasons(
                        CancellationReason.builder().code("None").build(),
                        CancellationReason.builder().code("TransactionConflict").build())
                .build();

        assertThat(ErrorTriage.classify(conflict)).isEqualTo(Action.RETRY);
    }

    @Test
    @DisplayName("the async client's CompletionException is classified by its cause")
    void unwrapsAsyncFailures(DynamoDbClient client, Tables tables) {
        String table = ExerciseAccounts.withAlice(client, tables, 10L);
        Throwable conditionFailed = catchThrowable(() -> client.putItem(b -> b.tableName(table)
                .item(Map.of("accountId", AttributeValue.fromS("alice")))
                .conditionExpression("attribute_not_exists(accountId)")));

        assertThat(ErrorTriage.classify(new CompletionException(conditionFailed)))
                .as("a CompletionException around a false condition")
                .isEqualTo(Action.GIVE_UP);
        assertThat(ErrorTriage.classify(new CompletionException(ApiCallTimeoutException.create(300))))
                .as("a CompletionException around a timeout")
                .isEqualTo(Action.RETRY);
    }

    @Test
    @DisplayName("an exception that is not the SDK's is a bug: GIVE_UP")
    void notTheSdk() {
        assertThat(ErrorTriage.classify(new NullPointerException())).isEqualTo(Action.GIVE_UP);
    }
}
