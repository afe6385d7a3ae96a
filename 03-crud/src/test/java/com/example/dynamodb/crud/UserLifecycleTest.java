package com.example.dynamodb.crud;

import static com.example.dynamodb.crud.UsersTable.n;
import static com.example.dynamodb.crud.UsersTable.s;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@DynamoDbTest
class UserLifecycleTest {

    @Test
    @DisplayName("Put, Get, Update (add LastLogin), Get sees it, Delete leaves no item")
    void practicalTask(DynamoDbClient client, Tables tables) {
        String table = UsersTable.create(tables, "Users");

        List<Map<String, AttributeValue>> seen = UserLifecycle.run(client, table);

        Map<String, AttributeValue> created =
                Map.of("UserID", s("user123"), "Email", s("user@example.com"), "SignUpDate", n(1678886400L));
        assertThat(seen.get(0)).isEqualTo(created);
        assertThat(seen.get(1))
                .containsAllEntriesOf(created)
                .containsEntry("LastLogin", n(1678972800L))
                .hasSize(created.size() + 1);
        assertThat(seen.get(2)).isEmpty();
        assertThat(client.scan(b -> b.tableName(table)).count()).isZero();
    }
}
