package com.example.dynamodb.fundamentals;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

@DynamoDbTest
class SimplePrimaryKeyTest {

    private DynamoDbClient client;
    private String table;

    @BeforeEach
    void createTable(DynamoDbClient client, Tables tables) {
        this.client = client;
        this.table = tables.reserve("Users");
        TablesAndItems.createUsersTable(client, table);
    }

    @Test
    @DisplayName("different partition key values are different items")
    void distinctKeysAreDistinctItems() {
        SimplePrimaryKey.saveEmail(client, table, "u-1", "a@example.com");
        SimplePrimaryKey.saveEmail(client, table, "u-2", "b@example.com");

        assertThat(SimplePrimaryKey.count(client, table)).isEqualTo(2);
    }

    @Test
    @DisplayName("a put with an existing key replaces the item: still one item, new value")
    void sameKeyReplaces() {
        SimplePrimaryKey.saveEmail(client, table, "u-1", "old@example.com");
        SimplePrimaryKey.saveEmail(client, table, "u-1", "new@example.com");

        assertThat(SimplePrimaryKey.count(client, table)).isEqualTo(1);
        assertThat(SimplePrimaryKey.emailOf(client, table, "u-1")).contains("new@example.com");
    }

    @Test
    @DisplayName("a GetItem for a missing key returns no item rather than an error")
    void missingKeyIsEmpty() {
        assertThat(SimplePrimaryKey.emailOf(client, table, "nobody")).isEmpty();
    }
}
