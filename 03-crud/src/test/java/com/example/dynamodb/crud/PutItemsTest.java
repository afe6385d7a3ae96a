package com.example.dynamodb.crud;

import static com.example.dynamodb.crud.UsersTable.n;
import static com.example.dynamodb.crud.UsersTable.s;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@DynamoDbTest
class PutItemsTest {

    private static Map<String, AttributeValue> stored(DynamoDbClient client, String table, String id) {
        return client.getItem(b -> b.tableName(table).key(UsersTable.key(id)).consistentRead(true))
                .item();
    }

    @Test
    @DisplayName("a put on a new key creates the item and returns no old item")
    void createsANewItem(DynamoDbClient client, Tables tables) {
        String table = UsersTable.create(tables, "Users");
        Map<String, AttributeValue> item =
                Map.of("UserID", s("user123"), "Email", s("user@example.com"), "SignUpDate", n(1678886400L));

        assertThat(PutItems.put(client, table, item)).isEmpty();
        assertThat(stored(client, table, "user123")).isEqualTo(item);
    }

    @Test
    @DisplayName("a put on an existing key replaces the whole item: absent attributes disappear")
    void replacesTheWholeItem(DynamoDbClient client, Tables tables) {
        String table = UsersTable.create(tables, "Users");
        Map<String, AttributeValue> first =
                Map.of("UserID", s("user123"), "Email", s("user@example.com"), "SignUpDate", n(1678886400L));
        Map<String, AttributeValue> second = Map.of("UserID", s("user123"), "Email", s("new@example.com"));
        PutItems.put(client, table, first);

        assertThat(PutItems.put(client, table, second)).contains(first); // ALL_OLD: the replaced item
        assertThat(stored(client, table, "user123")).isEqualTo(second).doesNotContainKey("SignUpDate");
    }

    @Test
    @DisplayName("a create-only put refuses to overwrite and leaves the stored item untouched")
    void createOnlyRefusesToOverwrite(DynamoDbClient client, Tables tables) {
        String table = UsersTable.create(tables, "Users");
        Map<String, AttributeValue> original = Map.of("UserID", s("u1"), "Email", s("a@example.com"));

        assertThat(PutItems.createOnly(client, table, original)).isTrue();
        assertThat(PutItems.createOnly(client, table, Map.of("UserID", s("u1"), "Email", s("b@x.org"))))
                .isFalse();
        assertThat(stored(client, table, "u1")).isEqualTo(original);
    }

    @Test
    @DisplayName("the Enhanced Client maps a bean to the same attributes and honours the condition")
    void enhancedCreateOnly(DynamoDbBackend backend, DynamoDbClient client, Tables tables) {
        String table = UsersTable.create(tables, "Users");
        DynamoDbTable<User> users = PutItems.usersTable(backend, table);

        assertThat(PutItems.createOnly(users, new User("ada", "ada@example.com", 1678886400L)))
                .isTrue();
        assertThat(PutItems.createOnly(users, new User("ada", "other@example.com", 1L)))
                .isFalse();
        assertThat(stored(client, table, "ada"))
                .isEqualTo(Map.of("UserID", s("ada"), "Email", s("ada@example.com"), "SignUpDate", n(1678886400L)));
    }
}
