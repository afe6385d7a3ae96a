package com.example.dynamodb.crud;

import static com.example.dynamodb.crud.UsersTable.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

@DynamoDbTest
class GetItemsTest {

    @Test
    @DisplayName("a strongly consistent read of a small item costs 1 RCU, an eventual one half that")
    void consistencyAndCapacity(DynamoDbClient client, Tables tables) {
        String table = UsersTable.create(tables, "Users");
        client.putItem(b -> b.tableName(table).item(GetItems.sampleUser("ada")));

        GetItems.Read strong = GetItems.get(client, table, "ada", true);
        GetItems.Read eventual = GetItems.get(client, table, "ada", false);

        assertThat(strong.item()).contains(GetItems.sampleUser("ada"));
        assertThat(eventual.item()).contains(GetItems.sampleUser("ada"));
        // The item is far below 4 KB: one read unit strongly consistent, half of one eventually.
        assertThat(strong.capacityUnits()).isEqualTo(1.0);
        assertThat(eventual.capacityUnits()).isEqualTo(strong.capacityUnits() / 2);
    }

    @Test
    @DisplayName("a key that matches nothing returns no item, not an exception")
    void missingItem(DynamoDbBackend backend, DynamoDbClient client, Tables tables) {
        String table = UsersTable.create(tables, "Users");

        GetItems.Read missing = GetItems.get(client, table, "nobody", true);

        assertThat(missing.item()).isEmpty();
        assertThat(missing.capacityUnits())
                .as("a miss is still a read, and is charged")
                .isEqualTo(1.0);
        assertThat(GetItems.getUser(PutItems.usersTable(backend, table), "nobody", true))
                .isNull();
    }

    @Test
    @DisplayName("a projection returns only the named attributes, reserved words and nested paths")
    void projection(DynamoDbClient client, Tables tables) {
        String table = UsersTable.create(tables, "Users");
        client.putItem(b -> b.tableName(table).item(GetItems.sampleUser("ada")));

        assertThat(GetItems.nameStatusAndCity(client, table, "ada"))
                .isEqualTo(Map.of(
                        "Name",
                        s("Ada"),
                        "Status",
                        s("ACTIVE"),
                        "Address",
                        AttributeValue.fromM(Map.of("City", s("London")))));
    }

    @Test
    @DisplayName("a reserved word used without a #placeholder is rejected before anything is read")
    void reservedWordNeedsAPlaceholder(DynamoDbClient client, Tables tables) {
        String table = UsersTable.create(tables, "Users");

        assertThatThrownBy(() -> client.getItem(
                        b -> b.tableName(table).key(UsersTable.key("ada")).projectionExpression("Name, Status")))
                .isInstanceOf(DynamoDbException.class)
                .hasMessageContaining("Attribute name is a reserved keyword; reserved keyword: Name");
    }

    @Test
    @DisplayName("the Enhanced Client reads the low-level item into a User bean")
    void enhancedGet(DynamoDbBackend backend, DynamoDbClient client, Tables tables) {
        String table = UsersTable.create(tables, "Users");
        client.putItem(b -> b.tableName(table).item(GetItems.sampleUser("ada")));

        User ada = GetItems.getUser(PutItems.usersTable(backend, table), "ada", false);

        assertThat(ada.getUserId()).isEqualTo("ada");
        assertThat(ada.getEmail()).isEqualTo("ada@example.com");
        assertThat(ada.getSignUpDate()).isEqualTo(1678886400L);
    }
}
