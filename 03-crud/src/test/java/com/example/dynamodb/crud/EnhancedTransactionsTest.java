package com.example.dynamodb.crud;

import static com.example.dynamodb.crud.UsersTable.n;
import static com.example.dynamodb.crud.UsersTable.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

@DynamoDbTest
@Tag("transactions") // the Enhanced Client's transactWriteItems
class EnhancedTransactionsTest {

    private static List<Map<String, AttributeValue>> everything(DynamoDbClient client, String table) {
        return client.scan(b -> b.tableName(table).consistentRead(true)).items();
    }

    @Test
    @DisplayName("a user with no credits left is deleted while the bank is OPEN")
    void closesAnEmptyAccount(DynamoDbBackend backend, DynamoDbClient client, Tables tables) {
        String table = UsersTable.create(tables, "Users");
        Transactions.seed(client, table);
        DynamoDbTable<User> users = PutItems.usersTable(backend, table);

        EnhancedTransactions.closeAccount(backend.enhancedClient(), users, "bob");

        assertThat(everything(client, table))
                .containsExactlyInAnyOrder(
                        Map.of("UserID", s("ada"), "Credits", n(100)), Map.of("UserID", s("bank"), "State", s("OPEN")));
    }

    @Test
    @DisplayName("credits left or a CLOSED bank cancels the delete, and the reasons say which")
    void refusesAndSaysWhy(DynamoDbBackend backend, DynamoDbClient client, Tables tables) {
        String table = UsersTable.create(tables, "Users");
        Transactions.seed(client, table);
        DynamoDbTable<User> users = PutItems.usersTable(backend, table);
        List<Map<String, AttributeValue>> before = everything(client, table);

        TransactionCanceledException adaHasCredits = catchThrowableOfType(
                TransactionCanceledException.class,
                () -> EnhancedTransactions.closeAccount(backend.enhancedClient(), users, "ada"));
        client.putItem(b -> b.tableName(table).item(Map.of("UserID", s("bank"), "State", s("CLOSED"))));
        TransactionCanceledException bankClosed = catchThrowableOfType(
                TransactionCanceledException.class,
                () -> EnhancedTransactions.closeAccount(backend.enhancedClient(), users, "bob"));

        // Reasons come in action order: 0 = the delete, 1 = the condition check on the bank.
        assertThat(Transactions.explain(adaHasCredits))
                .containsExactly("action 0: ConditionalCheckFailed", "action 1: None");
        assertThat(Transactions.explain(bankClosed))
                .containsExactly("action 0: None", "action 1: ConditionalCheckFailed");
        assertThat(everything(client, table))
                .as("nobody was deleted; only the bank's State changed, by the test itself")
                .hasSameSizeAs(before)
                .contains(Map.of("UserID", s("ada"), "Credits", n(100)), Map.of("UserID", s("bob"), "Credits", n(0)));
    }
}
