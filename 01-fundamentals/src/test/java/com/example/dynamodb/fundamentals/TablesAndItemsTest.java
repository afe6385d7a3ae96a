package com.example.dynamodb.fundamentals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

@DynamoDbTest
class TablesAndItemsTest {

    @Test
    @DisplayName("a created table is ACTIVE, keyed as declared, and listed")
    void createDescribeList(DynamoDbClient client, Tables tables) {
        String table = tables.reserve("Users");

        TableDescription description = TablesAndItems.createUsersTable(client, table);

        assertThat(description.tableStatus()).isEqualTo(TableStatus.ACTIVE);
        assertThat(description.keySchema()).singleElement().satisfies(k -> {
            assertThat(k.attributeName()).isEqualTo("userId");
            assertThat(k.keyType()).isEqualTo(KeyType.HASH);
        });
        assertThat(TablesAndItems.listTables(client)).contains(table);
    }

    @Test
    @DisplayName("an item comes back as the same map of typed attributes")
    void itemIsAMapOfAttributes(DynamoDbClient client, Tables tables) {
        String table = tables.reserve("Users");
        TablesAndItems.createUsersTable(client, table);

        Map<String, AttributeValue> item = TablesAndItems.putAndGetUser(client, table);

        assertThat(item)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "userId", AttributeValue.fromS("u-1001"),
                        "name", AttributeValue.fromS("Ada"),
                        "age", AttributeValue.fromN("36")));
    }

    @Test
    @DisplayName("a deleted table is gone from the list and cannot be described")
    void deleteTable(DynamoDbClient client, Tables tables) {
        String table = tables.reserve("Users");
        TablesAndItems.createUsersTable(client, table);

        TablesAndItems.deleteTable(client, table);

        assertThat(TablesAndItems.listTables(client)).doesNotContain(table);
        assertThatThrownBy(() -> client.describeTable(b -> b.tableName(table)))
                .isInstanceOf(ResourceNotFoundException.class);
    }
}
