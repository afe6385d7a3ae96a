package com.example.dynamodb.crud;

import static com.example.dynamodb.crud.UsersTable.n;
import static com.example.dynamodb.crud.UsersTable.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.IdempotentParameterMismatchException;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

@DynamoDbTest
class TransactionsTest {

    private static long credits(DynamoDbClient client, String table, String id) {
        return Long.parseLong(
                client.getItem(b -> b.tableName(table).key(UsersTable.key(id)).consistentRead(true))
                        .item()
                        .get("Credits")
                        .n());
    }

    /** Tokens are remembered per account (here: per engine), so each test makes its own. */
    private static String token() {
        return UUID.randomUUID().toString(); // 36 characters, the maximum
    }

    private static int count(DynamoDbClient client, String table) {
        return client.scan(b -> b.tableName(table).consistentRead(true)).count();
    }

    @Test
    @Tag("transactions") // TransactWriteItems
    @DisplayName("a transfer updates both users, checks the bank and records itself, all at once")
    void transferApplies(DynamoDbClient client, Tables tables) {
        String table = UsersTable.create(tables, "Users");
        Transactions.seed(client, table);

        String token = token();
        Transactions.transfer(client, table, "ada", "bob", 30, token);

        assertThat(Transactions.readTogether(client, table, List.of("ada", "bob", "transfer#" + token)))
                .containsExactly(
                        Map.of("UserID", s("ada"), "Credits", n(70)),
                        Map.of("UserID", s("bob"), "Credits", n(30)),
                        Map.of("UserID", s("transfer#" + token), "From", s("ada"), "To", s("bob"), "Amount", n(30)));
    }

    @Test
    @Tag("transactions") // TransactWriteItems and its cancellation reasons
    @DisplayName("a failed condition cancels every action and names the culprit, with its item")
    void cancellationReasons(DynamoDbClient client, Tables tables) {
        String table = UsersTable.create(tables, "Users");
        Transactions.seed(client, table);
        client.putItem(b -> b.tableName(table).item(Map.of("UserID", s("bank"), "State", s("CLOSED"))));

        TransactionCanceledException e = catchThrowableOfType(
                TransactionCanceledException.class,
                () -> Transactions.transfer(client, table, "ada", "bob", 500, token()));

        // Action 0 (ada has only 100) and action 2 (the bank is CLOSED) failed; 1 and 3 were fine.
        assertThat(Transactions.explain(e))
                .containsExactly(
                        "action 0: ConditionalCheckFailed (item was {Credits: 100, UserID: \"ada\"})",
                        "action 1: None",
                        "action 2: ConditionalCheckFailed",
                        "action 3: None");
        assertThat(e.getMessage()).contains("[ConditionalCheckFailed, None, ConditionalCheckFailed, None]");
        assertThat(credits(client, table, "ada")).isEqualTo(100);
        assertThat(credits(client, table, "bob")).isZero();
        assertThat(count(client, table)).as("no transfer record was written").isEqualTo(3);
    }

    @Test
    @Tag("transactions") // TransactWriteItems with a ClientRequestToken
    @DisplayName("the same ClientRequestToken twice applies the transaction once")
    void idempotentRetry(DynamoDbClient client, Tables tables) {
        String table = UsersTable.create(tables, "Users");
        Transactions.seed(client, table);

        String token = token();
        Transactions.transfer(client, table, "ada", "bob", 30, token);
        Transactions.transfer(client, table, "ada", "bob", 30, token); // e.g. a retry after a timeout

        assertThat(credits(client, table, "ada")).isEqualTo(70);
        assertThat(credits(client, table, "bob")).isEqualTo(30);
    }

    @Test
    @Tag("transactions") // TransactWriteItems with a ClientRequestToken
    @DisplayName("the same ClientRequestToken with a different payload is rejected, nothing applied")
    void tokenReuseWithOtherPayload(DynamoDbClient client, Tables tables) {
        String table = UsersTable.create(tables, "Users");
        Transactions.seed(client, table);
        String token = token();
        Transactions.transfer(client, table, "ada", "bob", 30, token);

        IdempotentParameterMismatchException e = catchThrowableOfType(
                IdempotentParameterMismatchException.class,
                () -> Transactions.transfer(client, table, "ada", "bob", 10, token));

        assertThat(e.statusCode()).isEqualTo(400);
        assertThat(credits(client, table, "ada")).isEqualTo(70);
        assertThat(credits(client, table, "bob")).isEqualTo(30);
    }

    @Test
    @DisplayName("a transfer to oneself, of nothing, or with a token over 36 characters is refused")
    void validatesInput(DynamoDbClient client, Tables tables) {
        String table = UsersTable.create(tables, "Users");
        Transactions.seed(client, table);

        assertThatThrownBy(() -> Transactions.transfer(client, table, "ada", "ada", 5, token()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("two different users");
        assertThatThrownBy(() -> Transactions.transfer(client, table, "ada", "bob", 0, token()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Transactions.transfer(client, table, "ada", "bob", 5, token() + "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 to 36 characters");
        assertThat(credits(client, table, "ada")).isEqualTo(100);
    }

    @Test
    @Tag("transactions") // TransactWriteItems refusing a second action on one item
    @DisplayName("two actions on the same item, or more than 100 actions, are rejected outright")
    void limits(DynamoDbClient client, Tables tables) {
        String table = UsersTable.create(tables, "Users");
        TransactWriteItem put = TransactWriteItem.builder()
                .put(p -> p.tableName(table).item(Map.of("UserID", s("ada"))))
                .build();

        DynamoDbException sameItem = catchThrowableOfType(
                DynamoDbException.class, () -> client.transactWriteItems(b -> b.transactItems(put, put)));
        assertThat(sameItem).hasMessageContaining("multiple operations on one item");

        List<TransactWriteItem> tooMany = new ArrayList<>();
        for (int i = 0; i <= 100; i++) {
            Map<String, AttributeValue> item = Map.of("UserID", s("u" + i));
            tooMany.add(TransactWriteItem.builder()
                    .put(p -> p.tableName(table).item(item))
                    .build());
        }
        DynamoDbException overLimit = catchThrowableOfType(
                DynamoDbException.class, () -> client.transactWriteItems(b -> b.transactItems(tooMany)));
        assertThat(overLimit.statusCode()).isEqualTo(400);
        assertThat(count(client, table)).isZero();

        client.transactWriteItems(b -> b.transactItems(tooMany.subList(0, 100)));
        assertThat(count(client, table)).isEqualTo(100);
    }
}
