package com.example.dynamodb.errors.exercises;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.FaultInjector;
import com.example.dynamodb.support.FaultInjector.Fault;
import com.example.dynamodb.support.Tables;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@DynamoDbTest(sdkClient = true)
@DisplayName("Exercise 09.2 Idempotent deposit")
class IdempotentDepositTest {

    private static long balance(DynamoDbClient client, String table) {
        return Long.parseLong(client.getItem(b -> b.tableName(table)
                        .key(Map.of("accountId", AttributeValue.fromS("alice")))
                        .consistentRead(true))
                .item()
                .get("balance")
                .n());
    }

    /** The first response of every write operation is lost after DynamoDB applied the request. */
    private static DynamoDbClient losingFirstResponses(DynamoDbBackend backend, FaultInjector faults) {
        for (String operation : new String[] {"PutItem", "UpdateItem", "TransactWriteItems"}) {
            faults.inject(operation, Fault.LOSE_RESPONSE, 1);
        }
        return backend.newClient(b -> b.httpClientBuilder(faults.httpClientBuilder())
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder()
                        .maxAttempts(3)
                        .backoffStrategy(BackoffStrategy.retryImmediately())
                        .build())));
    }

    @Test
    @DisplayName("a lost response and the SDK's resend: the deposit counts once and the call returns normally")
    void lostResponse(DynamoDbBackend backend, Tables tables) {
        String table = ExerciseAccounts.withAlice(backend.client(), tables, 0L);
        FaultInjector faults = new FaultInjector();

        try (DynamoDbClient client = losingFirstResponses(backend, faults)) {
            IdempotentDeposit.deposit(
                    client, table, "alice", 10, UUID.randomUUID().toString());
        }

        assertThat(balance(backend.client(), table)).isEqualTo(10);
    }

    @Test
    @DisplayName("the application calling again with the same request id: still counted once")
    void applicationResend(DynamoDbBackend backend, Tables tables) {
        String table = ExerciseAccounts.withAlice(backend.client(), tables, 0L);
        String requestId = UUID.randomUUID().toString();

        try (DynamoDbClient client = losingFirstResponses(backend, new FaultInjector())) {
            IdempotentDeposit.deposit(client, table, "alice", 10, requestId);
            IdempotentDeposit.deposit(client, table, "alice", 10, requestId);
        }

        assertThat(balance(backend.client(), table)).isEqualTo(10);
    }

    @Test
    @DisplayName("two requests with different ids both count")
    void differentRequests(DynamoDbClient client, Tables tables) {
        String table = ExerciseAccounts.withAlice(client, tables, 0L);

        IdempotentDeposit.deposit(client, table, "alice", 10, UUID.randomUUID().toString());
        IdempotentDeposit.deposit(client, table, "alice", 5, UUID.randomUUID().toString());

        assertThat(balance(client, table)).isEqualTo(15);
    }
}
