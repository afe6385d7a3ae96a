package com.example.dynamodb.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.FaultInjector;
import com.example.dynamodb.support.FaultInjector.Fault;
import com.example.dynamodb.support.Tables;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.InternalServerErrorException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.RequestLimitExceededException;
import software.amazon.awssdk.services.dynamodb.model.ThrottlingException;

@DynamoDbTest(sdkClient = true)
class ErrorHandlingTest {

    @Test
    @DisplayName("a deposit to an open account is applied")
    void deposits(DynamoDbClient client, Tables tables) {
        String table = AccountsTable.create(tables, "Accounts");
        AccountsTable.open(client, table, "alice", "alice", 10);

        assertThat(ErrorHandling.deposit(client, table, "alice", 5)).isEqualTo(DepositOutcome.DEPOSITED);
        assertThat(AccountsTable.balance(client, table, "alice")).isEqualTo(15);
    }

    @Test
    @DisplayName("a ConditionalCheckFailedException becomes ACCOUNT_CLOSED, and no account appears")
    void closedAccount(DynamoDbClient client, Tables tables) {
        String table = AccountsTable.create(tables, "Accounts");

        assertThat(ErrorHandling.deposit(client, table, "carol", 5)).isEqualTo(DepositOutcome.ACCOUNT_CLOSED);
        assertThat(TableErrors.findAccount(client, table, "carol")).isEmpty();
    }

    @Test
    @DisplayName("a ValidationException becomes an IllegalArgumentException with DynamoDB's reason")
    void badInput(DynamoDbClient client, Tables tables) {
        String table = AccountsTable.create(tables, "Accounts");

        assertThatThrownBy(() -> ErrorHandling.deposit(client, table, "", 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("DynamoDB refused the deposit:")
                .hasMessageContaining("cannot contain an empty string value")
                .cause()
                .isInstanceOf(DynamoDbException.class);
    }

    @Test
    @DisplayName("a deposit that is not positive is refused before anything is sent")
    void refusesNonPositive(DynamoDbBackend backend, Tables tables) {
        String table = AccountsTable.create(tables, "Accounts");
        AccountsTable.open(backend.client(), table, "alice", "alice", 10);
        FaultInjector counting = new FaultInjector();

        try (DynamoDbClient client = FastRetries.client(backend, counting, FastRetries.standard(3))) {
            assertThatThrownBy(() -> ErrorHandling.deposit(client, table, "alice", -5))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("A deposit must be positive, got -5");
        }
        assertThat(counting.attempts("UpdateItem")).isZero();
        assertThat(AccountsTable.balance(backend.client(), table, "alice")).isEqualTo(10);
    }

    @Test
    @DisplayName("two throttles then success: the SDK's retries hide them, the deposit counts once")
    void throttlesThenSuccess(DynamoDbBackend backend, Tables tables) {
        String table = AccountsTable.create(tables, "Accounts");
        AccountsTable.open(backend.client(), table, "alice", "alice", 10);
        FaultInjector faults = new FaultInjector().inject("UpdateItem", Fault.THROTTLE, 2);

        try (DynamoDbClient client = FastRetries.client(backend, faults, FastRetries.standard(3))) {
            assertThat(ErrorHandling.deposit(client, table, "alice", 5)).isEqualTo(DepositOutcome.DEPOSITED);
        }
        assertThat(faults.attempts("UpdateItem")).isEqualTo(3);
        assertThat(AccountsTable.balance(backend.client(), table, "alice")).isEqualTo(15);
    }

    static Stream<Arguments> injected() {
        return Stream.of(
                Arguments.of(Fault.THROTTLE, ProvisionedThroughputExceededException.class, true),
                Arguments.of(Fault.THROTTLING_EXCEPTION, ThrottlingException.class, true),
                Arguments.of(Fault.REQUEST_LIMIT_EXCEEDED, RequestLimitExceededException.class, true),
                Arguments.of(Fault.SERVER_ERROR, InternalServerErrorException.class, false),
                Arguments.of(Fault.SERVICE_UNAVAILABLE, DynamoDbException.class, false));
    }

    @ParameterizedTest(name = "{0}: {1}, retried to maxAttempts, throttling={2}")
    @MethodSource("injected")
    @DisplayName("each injected error arrives as its real type with its code and status, after every attempt")
    void injectedErrors(
            Fault fault,
            Class<? extends AwsServiceException> type,
            boolean throttling,
            DynamoDbBackend backend,
            Tables tables) {
        // Every attempt is answered by the injector: no request reaches DynamoDB, so no table is made.
        String table = tables.reserve("Accounts");
        FaultInjector faults = new FaultInjector().inject("GetItem", fault, 3);

        AwsServiceException e;
        try (DynamoDbClient client = FastRetries.client(backend, faults, FastRetries.standard(3))) {
            e = (AwsServiceException) catchThrowable(() -> client.getItem(
                    b -> b.tableName(table).key(Map.of(AccountsTable.PK, AttributeValue.fromS("alice")))));
        }

        assertThat(e.getClass()).isEqualTo(type);
        assertThat(e.awsErrorDetails().errorCode()).isEqualTo(fault.errorCode());
        assertThat(e.statusCode()).isEqualTo(fault.status());
        assertThat(e.isThrottlingException()).isEqualTo(throttling);
        assertThat(faults.attempts("GetItem")).isEqualTo(3);
        assertThat(e.numAttempts()).isEqualTo(3);
    }

    @ParameterizedTest(name = "{0}: THROTTLED={2}, otherwise rethrown")
    @MethodSource("injected")
    @DisplayName("deposit turns every throttling error into THROTTLED and rethrows 5xx errors, writing nothing")
    void handlingInjectedErrors(
            Fault fault,
            Class<? extends AwsServiceException> type,
            boolean throttling,
            DynamoDbBackend backend,
            Tables tables) {
        String table = AccountsTable.create(tables, "Accounts");
        AccountsTable.open(backend.client(), table, "alice", "alice", 10);
        FaultInjector faults = new FaultInjector().inject("UpdateItem", fault, 2);

        try (DynamoDbClient client = FastRetries.client(backend, faults, FastRetries.standard(2))) {
            if (throttling) {
                assertThat(ErrorHandling.deposit(client, table, "alice", 5)).isEqualTo(DepositOutcome.THROTTLED);
            } else {
                assertThatThrownBy(() -> ErrorHandling.deposit(client, table, "alice", 5))
                        .isExactlyInstanceOf(type)
                        .satisfies(e -> assertThat(((AwsServiceException) e).statusCode())
                                .isGreaterThanOrEqualTo(500));
            }
        }
        assertThat(AccountsTable.balance(backend.client(), table, "alice")).isEqualTo(10);
    }
}
