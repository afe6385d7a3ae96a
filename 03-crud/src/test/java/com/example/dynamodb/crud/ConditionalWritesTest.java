package com.example.dynamodb.crud;

import static com.example.dynamodb.crud.UsersTable.n;
import static com.example.dynamodb.crud.UsersTable.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@DynamoDbTest
class ConditionalWritesTest {

    private static Map<String, AttributeValue> stored(DynamoDbClient client, String table, String id) {
        return client.getItem(b -> b.tableName(table).key(UsersTable.key(id)).consistentRead(true))
                .item();
    }

    @Test
    @DisplayName("attribute_exists stops UpdateItem from creating an item for an unknown key")
    void mustExist(DynamoDbClient client, Tables tables) {
        String table = UsersTable.create(tables, "Users");
        client.putItem(b -> b.tableName(table).item(Map.of("UserID", s("ada"))));

        assertThat(ConditionalWrites.changeEmailIfUserExists(client, table, "ada", "a@x.org"))
                .isTrue();
        assertThat(ConditionalWrites.changeEmailIfUserExists(client, table, "ghost", "g@x.org"))
                .isFalse();
        assertThat(stored(client, table, "ada")).containsEntry("Email", s("a@x.org"));
        assertThat(stored(client, table, "ghost")).isEmpty();
    }

    @Test
    @Tag("recent") // ReturnValuesOnConditionCheckFailure (2023)
    @DisplayName("a comparison keeps the balance from going negative; the refusal carries the item")
    void comparisonAndAllOldOnFailure(DynamoDbClient client, Tables tables) {
        String table = UsersTable.create(tables, "Users");
        Map<String, AttributeValue> ada = Map.of("UserID", s("ada"), "Balance", n(100));
        client.putItem(b -> b.tableName(table).item(ada));

        ConditionalWrites.Withdrawal first = ConditionalWrites.withdraw(client, table, "ada", 60);
        ConditionalWrites.Withdrawal second = ConditionalWrites.withdraw(client, table, "ada", 60);

        assertThat(first.done()).isTrue();
        assertThat(first.balance()).isEqualTo(100 - 60);
        assertThat(second.done()).isFalse();
        assertThat(second.balance()).isEqualTo(100 - 60);
        // ReturnValuesOnConditionCheckFailure.ALL_OLD: the item exactly as the condition saw it.
        assertThat(second.seen()).contains(Map.of("UserID", s("ada"), "Balance", n(40)));
        assertThat(stored(client, table, "ada")).containsEntry("Balance", n(40));
    }

    @Test
    @DisplayName("a comparison on a missing attribute is false, and there is no item to return")
    void comparisonOnMissingItem(DynamoDbClient client, Tables tables) {
        String table = UsersTable.create(tables, "Users");

        ConditionalWrites.Withdrawal refused = ConditionalWrites.withdraw(client, table, "ghost", 1);

        assertThat(refused.done()).isFalse();
        assertThat(refused.seen()).isEmpty();
        assertThat(stored(client, table, "ghost")).isEmpty();
    }

    @Test
    @DisplayName("a non-positive amount is rejected before any request is sent")
    void validatesInput(DynamoDbClient client, Tables tables) {
        String table = UsersTable.create(tables, "Users");

        assertThatThrownBy(() -> ConditionalWrites.withdraw(client, table, "ada", 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be positive");
        assertThat(stored(client, table, "ada")).isEmpty();
    }
}
