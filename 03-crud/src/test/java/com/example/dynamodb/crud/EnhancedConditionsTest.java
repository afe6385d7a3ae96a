package com.example.dynamodb.crud;

import static com.example.dynamodb.crud.UsersTable.n;
import static com.example.dynamodb.crud.UsersTable.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/** Conditional put, update and delete requests and ReturnValues, through the Enhanced Client (SDK 2.59.1). */
@DynamoDbTest
class EnhancedConditionsTest {

    private static DynamoDbTable<User> users(DynamoDbBackend backend, Tables tables) {
        DynamoDbTable<User> users = PutItems.usersTable(backend, UsersTable.create(tables, "Users"));
        users.putItem(new User("ada", "ada@example.com", 1_678_886_400L));
        return users;
    }

    private static Map<String, AttributeValue> stored(DynamoDbClient client, String table, String id) {
        return client.getItem(b -> b.tableName(table).key(UsersTable.key(id)).consistentRead(true))
                .item();
    }

    private static User emailChange(String userId, String email) {
        User changes = new User();
        changes.setUserId(userId);
        changes.setEmail(email);
        return changes;
    }

    @Test
    @Tag("recent") // ReturnValuesOnConditionCheckFailure (2023)
    @DisplayName("a conditional put creates a new user, and for an existing one returns it from the error, unchanged")
    void createUnlessExists(DynamoDbBackend backend, DynamoDbClient client, Tables tables) {
        DynamoDbTable<User> users = users(backend, tables);

        assertThat(EnhancedConditions.createUnlessExists(users, new User("bob", "bob@example.com", 1L)))
                .isEmpty();
        assertThat(EnhancedConditions.createUnlessExists(users, new User("ada", "impostor@example.com", 2L)))
                .hasValueSatisfying(existing -> assertThat(existing.getEmail()).isEqualTo("ada@example.com"));

        assertThat(stored(client, users.tableName(), "bob")).containsEntry("Email", s("bob@example.com"));
        assertThat(stored(client, users.tableName(), "ada"))
                .isEqualTo(Map.of("UserID", s("ada"), "Email", s("ada@example.com"), "SignUpDate", n(1_678_886_400L)));
    }

    @Test
    @DisplayName("ReturnValues on an update: ALL_OLD, UPDATED_OLD, UPDATED_NEW, ALL_NEW and NONE, each as a User")
    void returnValues(DynamoDbBackend backend, Tables tables) {
        DynamoDbTable<User> users = users(backend, tables);

        User allOld = EnhancedConditions.updateExisting(users, emailChange("ada", "a1@x.org"), ReturnValue.ALL_OLD);
        User updatedOld =
                EnhancedConditions.updateExisting(users, emailChange("ada", "a2@x.org"), ReturnValue.UPDATED_OLD);
        User updatedNew =
                EnhancedConditions.updateExisting(users, emailChange("ada", "a3@x.org"), ReturnValue.UPDATED_NEW);
        User allNew = EnhancedConditions.updateExisting(users, emailChange("ada", "a4@x.org"), ReturnValue.ALL_NEW);
        User none = EnhancedConditions.updateExisting(users, emailChange("ada", "a5@x.org"), ReturnValue.NONE);

        assertThat(allOld.getEmail()).isEqualTo("ada@example.com");
        assertThat(allOld.getSignUpDate()).isEqualTo(1_678_886_400L);
        assertThat(updatedOld.getEmail()).isEqualTo("a1@x.org");
        assertThat(updatedOld.getSignUpDate())
                .as("not changed, so not returned")
                .isNull();
        assertThat(updatedNew.getEmail()).isEqualTo("a3@x.org");
        assertThat(updatedNew.getUserId()).as("the key is not returned either").isNull();
        assertThat(allNew.getEmail()).isEqualTo("a4@x.org");
        assertThat(allNew.getSignUpDate()).isEqualTo(1_678_886_400L);
        assertThat(none).isNull();
    }

    @Test
    @DisplayName("the update leaves the other attributes alone, and refuses a missing user instead of creating one")
    void updateExistingOnly(DynamoDbBackend backend, DynamoDbClient client, Tables tables) {
        DynamoDbTable<User> users = users(backend, tables);

        EnhancedConditions.updateExisting(users, emailChange("ada", "ada@new.example"), ReturnValue.NONE);

        assertThat(stored(client, users.tableName(), "ada"))
                .isEqualTo(Map.of("UserID", s("ada"), "Email", s("ada@new.example"), "SignUpDate", n(1_678_886_400L)));
        assertThatThrownBy(() ->
                        EnhancedConditions.updateExisting(users, emailChange("nobody", "n@x.org"), ReturnValue.NONE))
                .isInstanceOf(ConditionalCheckFailedException.class);
        assertThat(stored(client, users.tableName(), "nobody")).isEmpty();
    }

    @Test
    @DisplayName("a conditional delete refuses when the email changed, and deletes when it still matches")
    void deleteIfEmail(DynamoDbBackend backend, DynamoDbClient client, Tables tables) {
        DynamoDbTable<User> users = users(backend, tables);

        assertThatThrownBy(() -> EnhancedConditions.deleteIfEmail(users, "ada", "old@example.com"))
                .isInstanceOf(ConditionalCheckFailedException.class);
        assertThat(stored(client, users.tableName(), "ada")).isNotEmpty();

        EnhancedConditions.deleteIfEmail(users, "ada", "ada@example.com");
        assertThat(stored(client, users.tableName(), "ada")).isEmpty();
    }
}
