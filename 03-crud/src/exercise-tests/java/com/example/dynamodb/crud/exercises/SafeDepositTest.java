package com.example.dynamodb.crud.exercises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.dynamodb.crud.exercises.SafeDeposit.Account;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.RecordingClient;
import com.example.dynamodb.support.Tables;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Exercise 03.2: what "done" means for {@link SafeDeposit}. The concurrent writer is made
 * deterministic: the test wraps the client so that another deposit lands just before your write
 * goes out, exactly the moment a real race would hit.
 */
@DynamoDbTest
@DisplayName("Exercise 03.2 Stop the lost update")
class SafeDepositTest {

    private DynamoDbClient client;
    private String table;

    @BeforeEach
    void createAccount(DynamoDbClient client, Tables tables) {
        this.client = client;
        this.table = tables.reserve("Accounts");
        tables.createAndWait(CreateTableRequest.builder()
                .tableName(table)
                .attributeDefinitions(AttributeDefinition.builder()
                        .attributeName("accountId")
                        .attributeType(ScalarAttributeType.S)
                        .build())
                .keySchema(KeySchemaElement.builder()
                        .attributeName("accountId")
                        .keyType(KeyType.HASH)
                        .build())
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .build());
        client.putItem(b -> b.tableName(table)
                .item(Map.of(
                        "accountId", AttributeValue.fromS("acc-1"),
                        "balance", AttributeValue.fromN("100"),
                        "version", AttributeValue.fromN("1"))));
    }

    /** Another client's deposit, following the same versioning rule: balance + amount, version + 1. */
    private void otherWriterDeposits(long amount) {
        client.updateItem(b -> b.tableName(table)
                .key(Map.of("accountId", AttributeValue.fromS("acc-1")))
                .updateExpression("SET balance = balance + :a, version = version + :one")
                .expressionAttributeValues(
                        Map.of(":a", AttributeValue.fromN(Long.toString(amount)), ":one", AttributeValue.fromN("1"))));
    }

    private static boolean isWrite(SdkRequest request) {
        return request instanceof UpdateItemRequest || request instanceof PutItemRequest;
    }

    @Test
    @DisplayName("of two writers who read the same version, the second is refused and changes nothing")
    void staleWriteRefused() {
        Account alice = SafeDeposit.read(client, table, "acc-1");
        Account bob = SafeDeposit.read(client, table, "acc-1");

        boolean aliceWrote = SafeDeposit.writeBalance(client, table, alice, alice.balance() + 10);
        boolean bobWrote = SafeDeposit.writeBalance(client, table, bob, bob.balance() + 20);

        assertThat(aliceWrote).as("the first write").isTrue();
        assertThat(bobWrote).as("the second write, based on a stale read").isFalse();
        assertThat(SafeDeposit.read(client, table, "acc-1")).isEqualTo(new Account("acc-1", 110, 2));
    }

    @Test
    @DisplayName("a write based on the latest read succeeds and increments the version")
    void freshWriteSucceeds() {
        Account seen = SafeDeposit.read(client, table, "acc-1");

        assertThat(SafeDeposit.writeBalance(client, table, seen, 150)).isTrue();
        assertThat(SafeDeposit.read(client, table, "acc-1")).isEqualTo(new Account("acc-1", 150, 2));
    }

    @Test
    @DisplayName(
            "a deposit that meets another writer between its read and its write reads again: both deposits are kept")
    void depositRetriesAndLosesNothing() {
        AtomicInteger writes = new AtomicInteger();
        RecordingClient racing = RecordingClient.of(client).beforeEachRequest(request -> {
            if (isWrite(request) && writes.incrementAndGet() == 1) {
                otherWriterDeposits(1000); // lands after our read, just before our first write
            }
        });

        int attempts = SafeDeposit.deposit(racing.client(), table, "acc-1", 50);

        assertThat(SafeDeposit.read(client, table, "acc-1"))
                .as("100 + the other writer's 1000 + our 50")
                .isEqualTo(new Account("acc-1", 1150, 3));
        assertThat(attempts)
                .as("attempts: the first met the other writer, the second succeeded")
                .isEqualTo(2);
    }

    @Test
    @DisplayName(
            "a deposit that meets another writer on every attempt gives up after MAX_ATTEMPTS with an IllegalStateException")
    void depositGivesUp() {
        AtomicInteger writes = new AtomicInteger();
        RecordingClient racing = RecordingClient.of(client).beforeEachRequest(request -> {
            if (isWrite(request)) {
                writes.incrementAndGet();
                otherWriterDeposits(1);
            }
        });

        assertThatThrownBy(() -> SafeDeposit.deposit(racing.client(), table, "acc-1", 50))
                .isInstanceOf(IllegalStateException.class);
        assertThat(writes).as("writes attempted").hasValue(SafeDeposit.MAX_ATTEMPTS);
        assertThat(SafeDeposit.read(client, table, "acc-1"))
                .as("only the other writer's deposits")
                .isEqualTo(new Account("acc-1", 100 + SafeDeposit.MAX_ATTEMPTS, 1 + SafeDeposit.MAX_ATTEMPTS));
    }
}
