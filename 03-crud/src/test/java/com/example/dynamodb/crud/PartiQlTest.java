package com.example.dynamodb.crud;

import static com.example.dynamodb.crud.UsersTable.n;
import static com.example.dynamodb.crud.UsersTable.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

@DynamoDbTest
@Tag("partiql") // ExecuteStatement, BatchExecuteStatement, ExecuteTransaction
class PartiQlTest {

    @Test
    @DisplayName("INSERT with parameters creates the item; a second INSERT of the key is refused")
    void insertAndSelect(DynamoDbClient client, Tables tables) {
        String table = UsersTable.create(tables, "Users");

        PartiQl.insert(client, table, "ada", "ada@example.com");

        assertThat(PartiQl.select(client, table, "ada"))
                .containsExactly(Map.of("UserID", s("ada"), "Email", s("ada@example.com")));
        // AWS and embedded DynamoDB Local throw DuplicateItemException. DynamoDB Local over HTTP sends
        // the code "DuplicateItem", which the SDK cannot map, so it arrives as a plain DynamoDbException.
        DynamoDbException duplicate = catchThrowableOfType(
                DynamoDbException.class, () -> PartiQl.insert(client, table, "ada", "other@example.com"));
        assertThat(duplicate.statusCode()).isEqualTo(400);
        assertThat(duplicate.awsErrorDetails().errorCode()).startsWith("DuplicateItem");
        assertThat(duplicate).hasMessageContaining("Duplicate primary key exists in table");
        assertThat(PartiQl.select(client, table, "ada").get(0)).containsEntry("Email", s("ada@example.com"));
        assertThat(PartiQl.select(client, table, "nobody")).isEmpty();
    }

    @Test
    @DisplayName("BatchExecuteStatement reports errors per statement; the others still apply")
    void batchErrorsPerStatement(DynamoDbClient client, Tables tables) {
        String table = UsersTable.create(tables, "Users");
        PartiQl.insert(client, table, "ada", "ada@example.com");

        assertThat(PartiQl.insertAll(client, table, List.of("bob", "ada", "cy")))
                .containsExactly("OK", "DuplicateItem", "OK");
        assertThat(client.scan(b -> b.tableName(table)).count()).isEqualTo(3);
    }

    @Test
    @DisplayName("ExecuteTransaction updates both items, or neither when one statement fails")
    void transaction(DynamoDbClient client, Tables tables) {
        String table = UsersTable.create(tables, "Users");
        PartiQl.insert(client, table, "ada", "a@x.org");
        PartiQl.insert(client, table, "bob", "b@x.org");

        PartiQl.loginBoth(client, table, "ada", "bob", 1678972800L);
        assertThat(PartiQl.select(client, table, "bob").get(0)).containsEntry("LastLogin", n(1678972800L));

        // A PartiQL UPDATE of a key with no item fails its condition: the whole transaction is off.
        assertThatThrownBy(() -> PartiQl.loginBoth(client, table, "ada", "ghost", 1L))
                .isInstanceOf(TransactionCanceledException.class)
                .hasMessageContaining("ConditionalCheckFailed");
        assertThat(PartiQl.select(client, table, "ada").get(0)).containsEntry("LastLogin", n(1678972800L));
        assertThat(PartiQl.select(client, table, "ghost")).isEmpty();
    }
}
