package com.example.dynamodb.crud;

import static com.example.dynamodb.crud.UsersTable.n;
import static com.example.dynamodb.crud.UsersTable.s;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.model.IgnoreNullsMode;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@DynamoDbTest
class UpdateItemsTest {

    private static Map<String, AttributeValue> stored(DynamoDbClient client, String table, String id) {
        return client.getItem(b -> b.tableName(table).key(UsersTable.key(id)).consistentRead(true))
                .item();
    }

    @Test
    @DisplayName("SET LastLogin adds one attribute, keeps the others and returns only the new value")
    void addLastLogin(DynamoDbClient client, Tables tables) {
        String table = UsersTable.create(tables, "Users");
        client.putItem(b -> b.tableName(table).item(UpdateItems.sampleUser("ada")));

        assertThat(UpdateItems.addLastLogin(client, table, "ada", 1678972800L))
                .isEqualTo(Map.of("LastLogin", n(1678972800L)));
        assertThat(stored(client, table, "ada"))
                .containsAllEntriesOf(UpdateItems.sampleUser("ada"))
                .containsEntry("LastLogin", n(1678972800L));
    }

    @Test
    @DisplayName("ADD on a missing number starts from zero and returns each new total")
    void atomicCounter(DynamoDbClient client, Tables tables) {
        String table = UsersTable.create(tables, "Users");

        assertThat(UpdateItems.increment(client, table, "ada", 1)).isEqualTo(1);
        assertThat(UpdateItems.increment(client, table, "ada", 5)).isEqualTo(6);
        // UpdateItem on a new key creates the item (upsert), here with just the key and the counter.
        assertThat(stored(client, table, "ada")).isEqualTo(Map.of("UserID", s("ada"), "LoginCount", n(6)));
    }

    @Test
    @DisplayName("SET (nested, list_append, if_not_exists), ADD, DELETE and REMOVE in one request")
    void allClauses(DynamoDbClient client, Tables tables) {
        String table = UsersTable.create(tables, "Users");
        client.putItem(b -> b.tableName(table).item(UpdateItems.sampleUser("ada")));

        Map<String, AttributeValue> old = UpdateItems.editProfile(client, table, "ada");

        // UPDATED_OLD: the previous values of the touched attributes that existed before.
        assertThat(old)
                .isEqualTo(Map.of(
                        "Address", AttributeValue.fromM(Map.of("City", s("London"))),
                        "Roles", AttributeValue.fromSs(List.of("guest", "member")),
                        "TemporaryToken", s("abc123")));
        Map<String, AttributeValue> now = stored(client, table, "ada");
        assertThat(now.get("Address").m()).containsEntry("City", s("Paris"));
        assertThat(now.get("History").l()).containsExactly(s("moved"));
        assertThat(now.get("Nickname")).isEqualTo(s("ada"));
        assertThat(now.get("Tags").ss()).containsExactlyInAnyOrder("beta", "vip");
        assertThat(now.get("Roles").ss()).containsExactly("member");
        assertThat(now).doesNotContainKey("TemporaryToken");

        // Run again: list_append appends once more; if_not_exists keeps the existing Nickname.
        client.updateItem(b -> b.tableName(table)
                .key(UsersTable.key("ada"))
                .updateExpression("SET Nickname = :n")
                .expressionAttributeValues(Map.of(":n", s("countess"))));
        UpdateItems.editProfile(client, table, "ada");
        now = stored(client, table, "ada");
        assertThat(now.get("History").l()).containsExactly(s("moved"), s("moved"));
        assertThat(now.get("Nickname")).isEqualTo(s("countess"));
    }

    @Test
    @DisplayName("SCALAR_ONLY leaves null properties alone, DEFAULT removes them")
    void enhancedIgnoreNulls(DynamoDbBackend backend, DynamoDbClient client, Tables tables) {
        String table = UsersTable.create(tables, "Users");
        client.putItem(b -> b.tableName(table).item(UpdateItems.sampleUser("ada")));
        DynamoDbTable<User> users = PutItems.usersTable(backend, table);
        User changes = new User();
        changes.setUserId("ada");
        changes.setLastLogin(1679000000L);

        User afterScalarOnly = UpdateItems.updateUser(users, changes, IgnoreNullsMode.SCALAR_ONLY);
        assertThat(afterScalarOnly.getEmail()).isEqualTo("ada@example.com");
        assertThat(afterScalarOnly.getLastLogin()).isEqualTo(1679000000L);

        User afterDefault = UpdateItems.updateUser(users, changes, IgnoreNullsMode.DEFAULT);
        assertThat(afterDefault.getEmail()).isNull();
        // Only properties the bean knows are removed; attributes outside its schema survive.
        assertThat(stored(client, table, "ada"))
                .doesNotContainKey("Email")
                .containsKeys("Address", "Roles", "TemporaryToken", "LastLogin");
    }
}
