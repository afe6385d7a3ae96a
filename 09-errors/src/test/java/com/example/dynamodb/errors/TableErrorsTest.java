package com.example.dynamodb.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.FaultInjector;
import com.example.dynamodb.support.Tables;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

@DynamoDbTest(sdkClient = true)
class TableErrorsTest {

    @Test
    @DisplayName("a missing table is a ResourceNotFoundException (400, tried once), turned into a plain sentence")
    void missingTable(DynamoDbBackend backend, Tables tables) {
        String missing = tables.reserve("NoSuchTable");
        FaultInjector counting = new FaultInjector();

        try (DynamoDbClient client = FastRetries.client(backend, counting, FastRetries.standard(3))) {
            assertThatThrownBy(() -> TableErrors.findAccount(client, missing, "alice"))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("Table '" + missing + "' does not exist where this client looks")
                    .cause()
                    .isInstanceOfSatisfying(ResourceNotFoundException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(400);
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ResourceNotFoundException");
                    });
        }
        assertThat(counting.attempts("GetItem")).isOne();
    }

    @Test
    @DisplayName("creating an existing table is a ResourceInUseException, which createIfAbsent absorbs")
    void tableInUse(DynamoDbClient client, Tables tables) {
        String table = tables.reserve("Accounts");

        assertThat(TableErrors.createIfAbsent(client, AccountsTable.definition(table)))
                .isTrue();
        Tables.waitUntilActive(client, table);
        assertThat(TableErrors.createIfAbsent(client, AccountsTable.definition(table)))
                .isFalse();
        assertThatThrownBy(() -> client.createTable(AccountsTable.definition(table)))
                .isInstanceOfSatisfying(
                        ResourceInUseException.class,
                        e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ResourceInUseException"));
    }

    @Test
    @DisplayName("on an existing table, findAccount returns the item or nothing")
    void findsOrNot(DynamoDbClient client, Tables tables) {
        String table = AccountsTable.create(tables, "Accounts");
        AccountsTable.open(client, table, "alice", "alice", 5);

        assertThat(TableErrors.findAccount(client, table, "alice"))
                .hasValueSatisfying(item -> assertThat(item).containsEntry("balance", AttributeValue.fromN("5")));
        assertThat(TableErrors.findAccount(client, table, "bob")).isEmpty();
    }
}
