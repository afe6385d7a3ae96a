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
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

@DynamoDbTest
class OptimisticLockingTest {

    private static Map<String, AttributeValue> stored(DynamoDbClient client, String table, String id) {
        return client.getItem(b -> b.tableName(table).key(UsersTable.key(id)).consistentRead(true))
                .item();
    }

    @Test
    @DisplayName("by hand: a writer holding a stale version is refused, the first write stays")
    void byHand(DynamoDbClient client, Tables tables) {
        String table = UsersTable.create(tables, "Users");
        OptimisticLocking.create(client, table, "ada", "ada@example.com");
        long alice = OptimisticLocking.version(client, table, "ada");
        long bob = OptimisticLocking.version(client, table, "ada");

        assertThat(OptimisticLocking.changeEmail(client, table, "ada", alice, "alice@x.org"))
                .isEqualTo(alice + 1);
        assertThatThrownBy(() -> OptimisticLocking.changeEmail(client, table, "ada", bob, "bob@x.org"))
                .isInstanceOf(ConditionalCheckFailedException.class)
                .hasMessageContaining("The conditional request failed");
        assertThat(stored(client, table, "ada"))
                .isEqualTo(Map.of("UserID", s("ada"), "Email", s("alice@x.org"), "Version", n(alice + 1)));
    }

    @Test
    @DisplayName("@DynamoDbVersionAttribute: each save increments Version, a stale bean is refused")
    void enhanced(DynamoDbBackend backend, DynamoDbClient client, Tables tables) {
        String table = UsersTable.create(tables, "Users");
        DynamoDbTable<VersionedUser> users = OptimisticLocking.versionedUsers(backend, table);
        VersionedUser fresh = new VersionedUser();
        fresh.setUserId("ada");
        fresh.setEmail("ada@example.com");
        long created = OptimisticLocking.save(users, fresh).getVersion();
        Key key = Key.builder().partitionValue("ada").build();
        VersionedUser first = users.getItem(r -> r.key(key).consistentRead(true));
        VersionedUser second = users.getItem(r -> r.key(key).consistentRead(true));

        first.setEmail("first@x.org");
        assertThat(OptimisticLocking.save(users, first).getVersion()).isEqualTo(created + 1);
        second.setEmail("second@x.org");
        assertThatThrownBy(() -> OptimisticLocking.save(users, second))
                .isInstanceOf(ConditionalCheckFailedException.class);
        assertThat(stored(client, table, "ada"))
                .containsEntry("Email", s("first@x.org"))
                .containsEntry("Version", n(created + 1));
    }

    @Test
    @DisplayName("@DynamoDbVersionAttribute: a bean with a null Version cannot overwrite an item")
    void enhancedCreateIsCreateOnly(DynamoDbBackend backend, DynamoDbClient client, Tables tables) {
        String table = UsersTable.create(tables, "Users");
        OptimisticLocking.create(client, table, "ada", "ada@example.com");
        VersionedUser impostor = new VersionedUser();
        impostor.setUserId("ada");
        impostor.setEmail("impostor@x.org");

        assertThatThrownBy(() -> OptimisticLocking.save(OptimisticLocking.versionedUsers(backend, table), impostor))
                .isInstanceOf(ConditionalCheckFailedException.class);
        assertThat(stored(client, table, "ada")).containsEntry("Email", s("ada@example.com"));
    }
}
