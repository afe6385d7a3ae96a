package com.example.dynamodb.crud;

import static com.example.dynamodb.crud.UsersTable.s;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@DynamoDbTest
class DeleteItemsTest {

    private static boolean exists(DynamoDbClient client, String table, String id) {
        return client.getItem(b -> b.tableName(table).key(UsersTable.key(id)).consistentRead(true))
                .hasItem();
    }

    @Test
    @DisplayName("a delete returns the deleted item with ALL_OLD; deleting it again returns nothing")
    void deleteByKey(DynamoDbClient client, Tables tables) {
        String table = UsersTable.create(tables, "Users");
        Map<String, AttributeValue> ada = Map.of("UserID", s("ada"), "Email", s("ada@example.com"));
        client.putItem(b -> b.tableName(table).item(ada));

        assertThat(DeleteItems.delete(client, table, "ada")).contains(ada);
        assertThat(exists(client, table, "ada")).isFalse();
        assertThat(DeleteItems.delete(client, table, "ada")).isEmpty();
    }

    @Test
    @DisplayName("a conditional delete removes only the item in the expected state")
    void conditionalDelete(DynamoDbClient client, Tables tables) {
        String table = UsersTable.create(tables, "Users");
        client.putItem(b -> b.tableName(table).item(Map.of("UserID", s("ada"), "Status", s("ACTIVE"))));
        client.putItem(b -> b.tableName(table).item(Map.of("UserID", s("bob"), "Status", s("INACTIVE"))));

        assertThat(DeleteItems.deleteIfInactive(client, table, "ada")).isFalse();
        assertThat(DeleteItems.deleteIfInactive(client, table, "bob")).isTrue();
        assertThat(DeleteItems.deleteIfInactive(client, table, "nobody")).isFalse();
        assertThat(exists(client, table, "ada")).isTrue();
        assertThat(exists(client, table, "bob")).isFalse();
    }

    @Test
    @DisplayName("the Enhanced Client's delete returns the deleted bean, or null for a missing key")
    void enhancedDelete(DynamoDbBackend backend, DynamoDbClient client, Tables tables) {
        String table = UsersTable.create(tables, "Users");
        client.putItem(b -> b.tableName(table).item(Map.of("UserID", s("cy"), "Email", s("cy@x.org"))));

        assertThat(DeleteItems.deleteUser(PutItems.usersTable(backend, table), "cy")
                        .getEmail())
                .isEqualTo("cy@x.org");
        assertThat(DeleteItems.deleteUser(PutItems.usersTable(backend, table), "cy"))
                .isNull();
        assertThat(exists(client, table, "cy")).isFalse();
    }
}
