package com.example.dynamodb.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.FaultInjector;
import com.example.dynamodb.support.FaultInjector.Fault;
import com.example.dynamodb.support.Tables;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.IdempotentParameterMismatchException;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

@DynamoDbTest(sdkClient = true)
class IdempotentWritesTest {

    private static String tableWithAlice(DynamoDbBackend backend, Tables tables) {
        String table = AccountsTable.create(tables, "Accounts");
        AccountsTable.open(backend.client(), table, "alice", "alice", 0);
        return table;
    }

    @Test
    @DisplayName("a lost response makes the SDK resend a naive ADD: one deposit of 10 adds 20")
    void naiveAddDoubleCounts(DynamoDbBackend backend, Tables tables) {
        String table = tableWithAlice(backend, tables);
        FaultInjector faults = new FaultInjector().inject("UpdateItem", Fault.LOSE_RESPONSE, 1);

        try (DynamoDbClient client = FastRetries.client(backend, faults, FastRetries.standard(3))) {
            IdempotentWrites.depositNaively(client, table, "alice", 10);
        }

        assertThat(faults.attempts("UpdateItem")).isEqualTo(2);
        assertThat(AccountsTable.balance(backend.client(), table, "alice")).isEqualTo(20);
    }

    @Test
    @DisplayName("with the request id in a condition, the SDK's resend is refused: 10 added once, ALREADY_APPLIED")
    void conditionalCountsOnce(DynamoDbBackend backend, Tables tables) {
        String table = tableWithAlice(backend, tables);
        FaultInjector faults = new FaultInjector().inject("UpdateItem", Fault.LOSE_RESPONSE, 1);

        WriteResult result;
        try (DynamoDbClient client = FastRetries.client(backend, faults, FastRetries.standard(3))) {
            result = IdempotentWrites.deposit(client, table, "alice", 10, "req-1");
        }

        assertThat(faults.attempts("UpdateItem")).isEqualTo(2);
        assertThat(result).isEqualTo(WriteResult.ALREADY_APPLIED);
        assertThat(AccountsTable.balance(backend.client(), table, "alice")).isEqualTo(10);
    }

    @Test
    @DisplayName("the application resending a request id counts it once; a new id counts again")
    void conditionalAppLevelResend(DynamoDbClient client, Tables tables) {
        String table = AccountsTable.create(tables, "Accounts");
        AccountsTable.open(client, table, "alice", "alice", 0);

        assertThat(IdempotentWrites.deposit(client, table, "alice", 10, "req-1"))
                .isEqualTo(WriteResult.APPLIED);
        assertThat(IdempotentWrites.deposit(client, table, "alice", 10, "req-1"))
                .isEqualTo(WriteResult.ALREADY_APPLIED);
        assertThat(IdempotentWrites.deposit(client, table, "alice", 10, "req-2"))
                .isEqualTo(WriteResult.APPLIED);

        assertThat(AccountsTable.balance(client, table, "alice")).isEqualTo(20);
    }

    @Test
    @Tag("transactions") // TransactWriteItems with a ClientRequestToken
    @DisplayName("a transaction with a ClientRequestToken: the SDK's resend after a lost response counts once")
    void transactionCountsOnce(DynamoDbBackend backend, Tables tables) {
        String table = tableWithAlice(backend, tables);
        FaultInjector faults = new FaultInjector().inject("TransactWriteItems", Fault.LOSE_RESPONSE, 1);
        String requestId = UUID.randomUUID().toString();

        WriteResult result;
        try (DynamoDbClient client = FastRetries.client(backend, faults, FastRetries.standard(3))) {
            result = IdempotentWrites.depositInTransaction(client, table, "alice", 10, requestId);
        }

        assertThat(faults.attempts("TransactWriteItems")).isEqualTo(2);
        assertThat(result).isEqualTo(WriteResult.APPLIED); // DynamoDB answers the repeat as it answered the first
        assertThat(AccountsTable.balance(backend.client(), table, "alice")).isEqualTo(10);
        assertThat(TableErrors.findAccount(backend.client(), table, "request#" + requestId))
                .isPresent();
    }

    @Test
    @Tag("transactions") // TransactWriteItems with a ClientRequestToken
    @DisplayName("within the token's window, resending the same transaction counts once")
    void transactionResend(DynamoDbClient client, Tables tables) {
        String table = AccountsTable.create(tables, "Accounts");
        AccountsTable.open(client, table, "alice", "alice", 0);
        String requestId = UUID.randomUUID().toString();

        IdempotentWrites.depositInTransaction(client, table, "alice", 10, requestId);
        IdempotentWrites.depositInTransaction(client, table, "alice", 10, requestId);

        assertThat(AccountsTable.balance(client, table, "alice")).isEqualTo(10);
    }

    @Test
    @Tag("transactions") // TransactWriteItems with a ClientRequestToken
    @DisplayName("after the token's window, the marker item refuses the repeat: ALREADY_APPLIED, counted once")
    void markerOutlivesToken(DynamoDbClient client, Tables tables) {
        String table = AccountsTable.create(tables, "Accounts");
        AccountsTable.open(client, table, "alice", "alice", 10);
        String requestId = UUID.randomUUID().toString();
        // The state an applied request leaves once its token has expired (10 minutes): its marker.
        client.putItem(
                b -> b.tableName(table).item(Map.of(AccountsTable.PK, AttributeValue.fromS("request#" + requestId))));

        assertThat(IdempotentWrites.depositInTransaction(client, table, "alice", 10, requestId))
                .isEqualTo(WriteResult.ALREADY_APPLIED);
        assertThat(AccountsTable.balance(client, table, "alice")).isEqualTo(10);
    }

    @Test
    @Tag("transactions") // TransactWriteItems with a ClientRequestToken
    @DisplayName("one token for two different requests is an IdempotentParameterMismatchException, not retried")
    void tokenReusedForAnotherRequest(DynamoDbBackend backend, Tables tables) {
        String table = tableWithAlice(backend, tables);
        String requestId = UUID.randomUUID().toString();
        FaultInjector counting = new FaultInjector();

        try (DynamoDbClient client = FastRetries.client(backend, counting, FastRetries.standard(3))) {
            IdempotentWrites.depositInTransaction(client, table, "alice", 10, requestId);
            assertThatThrownBy(() -> IdempotentWrites.depositInTransaction(client, table, "alice", 99, requestId))
                    .isInstanceOfSatisfying(
                            IdempotentParameterMismatchException.class,
                            e -> assertThat(e.awsErrorDetails().errorCode())
                                    .isEqualTo("IdempotentParameterMismatchException"));
        }
        assertThat(counting.attempts("TransactWriteItems")).isEqualTo(2); // one per call
        assertThat(AccountsTable.balance(backend.client(), table, "alice")).isEqualTo(10);
    }

    @Test
    @Tag("transactions") // TransactWriteItems with a ClientRequestToken
    @DisplayName("without a token of yours, the SDK's own token covers its resends but not a resend by the application")
    void sdkTokenOnlyCoversSdkRetries(DynamoDbBackend backend, Tables tables) {
        String table = tableWithAlice(backend, tables);
        FaultInjector faults = new FaultInjector().inject("TransactWriteItems", Fault.LOSE_RESPONSE, 1);
        TransactWriteItem add10 = TransactWriteItem.builder()
                .update(u -> u.tableName(table)
                        .key(Map.of(AccountsTable.PK, AttributeValue.fromS("alice")))
                        .updateExpression("ADD balance :amount")
                        .expressionAttributeValues(Map.of(":amount", AttributeValue.fromN("10"))))
                .build();

        try (DynamoDbClient client = FastRetries.client(backend, faults, FastRetries.standard(3))) {
            client.transactWriteItems(b -> b.transactItems(add10)); // lost response, resent by the SDK
            assertThat(AccountsTable.balance(backend.client(), table, "alice")).isEqualTo(10);
            client.transactWriteItems(b -> b.transactItems(add10)); // the application sends it again
        }
        assertThat(AccountsTable.balance(backend.client(), table, "alice")).isEqualTo(20);
    }
}
