package com.example.dynamodb.fundamentals;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

@DynamoDbTest
class NoSqlVsRelationalTest {

    @Test
    @DisplayName("one Query returns a user's orders, oldest first, then the profile, and nothing of other users")
    void oneQueryReplacesTheJoin(DynamoDbClient client, Tables tables) {
        String table = tables.reserve("UsersAndOrders");
        CompositePrimaryKey.createTable(client, table, ScalarAttributeType.S);
        NoSqlVsRelational.saveUser(client, table, "u-1", "Ada");
        NoSqlVsRelational.saveOrder(client, table, "u-1", "2026-11-20", "o-2", "42.50");
        NoSqlVsRelational.saveOrder(client, table, "u-1", "2026-11-02", "o-1", "19.99");
        NoSqlVsRelational.saveUser(client, table, "u-2", "Alan");
        NoSqlVsRelational.saveOrder(client, table, "u-2", "2026-11-05", "o-3", "7");

        List<Map<String, AttributeValue>> items = NoSqlVsRelational.userWithOrders(client, table, "u-1");

        assertThat(items)
                .extracting(i -> i.get("sk").s())
                .containsExactly("2026-11-02 o-1", "2026-11-20 o-2", "profile");
        assertThat(items).allSatisfy(i -> assertThat(i.get("pk").s()).isEqualTo("u-1"));
        assertThat(items.get(2).get("name").s()).isEqualTo("Ada");
    }
}
