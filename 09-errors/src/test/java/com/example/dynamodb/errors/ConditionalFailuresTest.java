package com.example.dynamodb.errors;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.dynamodb.errors.ConditionalFailures.Cancelled;
import com.example.dynamodb.errors.ConditionalFailures.Withdrawal;
import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.FaultInjector;
import com.example.dynamodb.support.Tables;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@DynamoDbTest(sdkClient = true)
class ConditionalFailuresTest {

    @Test
    @Tag("recent") // ReturnValuesOnConditionCheckFailure (2023)
    @DisplayName("a refused withdrawal carries the account as DynamoDB saw it, and changes nothing")
    void refusedWithdrawalReturnsTheItem(DynamoDbClient client, Tables tables) {
        String table = AccountsTable.create(tables, "Accounts");
        AccountsTable.open(client, table, "alice", "alice", 30);

        Withdrawal result = ConditionalFailures.withdraw(client, table, "alice", 50);

        assertThat(result.done()).isFalse();
        assertThat(result.accountWhenRefused()).containsEntry("balance", AttributeValue.fromN("30"));
        assertThat(AccountsTable.balance(client, table, "alice")).isEqualTo(30);
    }

    @Test
    @DisplayName("a withdrawal the balance covers is applied")
    void coveredWithdrawal(DynamoDbClient client, Tables tables) {
        String table = AccountsTable.create(tables, "Accounts");
        AccountsTable.open(client, table, "alice", "alice", 30);

        assertThat(ConditionalFailures.withdraw(client, table, "alice", 10).done())
                .isTrue();
        assertThat(AccountsTable.balance(client, table, "alice")).isEqualTo(20);
    }

    @Test
    @Tag("transactions") // TransactWriteItems and its cancellation reasons
    @DisplayName("a cancelled transfer names the failing action, returns its item, and applies nothing")
    void cancelledTransfer(DynamoDbClient client, Tables tables) {
        String table = AccountsTable.create(tables, "Accounts");
        AccountsTable.open(client, table, "alice", "alice", 30);
        AccountsTable.open(client, table, "bob", "bob", 0);

        Cancelled result = ConditionalFailures.transfer(client, table, "alice", "bob", 50);

        assertThat(result.reasonCodes()).containsExactly("ConditionalCheckFailed", "None");
        assertThat(result.failedItem()).containsEntry("balance", AttributeValue.fromN("30"));
        assertThat(AccountsTable.balance(client, table, "alice")).isEqualTo(30);
        assertThat(AccountsTable.balance(client, table, "bob")).isZero();
    }

    @Test
    @Tag("transactions") // TransactWriteItems and its cancellation reasons
    @DisplayName("a transfer to a missing account is cancelled by the credit's condition, the second reason")
    void transferToMissingAccount(DynamoDbClient client, Tables tables) {
        String table = AccountsTable.create(tables, "Accounts");
        AccountsTable.open(client, table, "alice", "alice", 30);

        Cancelled result = ConditionalFailures.transfer(client, table, "alice", "nobody", 10);

        assertThat(result.reasonCodes()).containsExactly("None", "ConditionalCheckFailed");
        assertThat(AccountsTable.balance(client, table, "alice")).isEqualTo(30);
    }

    @Test
    @Tag("transactions") // TransactWriteItems and its cancellation reasons
    @DisplayName("the SDK retries neither error: one attempt each, with three allowed")
    void notRetried(DynamoDbBackend backend, Tables tables) {
        String table = AccountsTable.create(tables, "Accounts");
        AccountsTable.open(backend.client(), table, "alice", "alice", 30);
        FaultInjector counting = new FaultInjector(); // no faults: it only counts attempts

        try (DynamoDbClient client = FastRetries.client(backend, counting, FastRetries.standard(3))) {
            assertThat(ConditionalFailures.withdraw(client, table, "alice", 50).done())
                    .isFalse();
            assertThat(ConditionalFailures.transfer(client, table, "alice", "nobody", 50)
                            .reasonCodes())
                    .isNotEmpty();
        }
        assertThat(counting.attempts("UpdateItem")).isOne();
        assertThat(counting.attempts("TransactWriteItems")).isOne();
    }
}
