package com.example.dynamodb.crud;

import static com.example.dynamodb.crud.UsersTable.n;
import static com.example.dynamodb.crud.UsersTable.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.extensions.VersionedRecordExtension;
import software.amazon.awssdk.enhanced.dynamodb.extensions.annotations.DynamoDbVersionAttribute;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbAttribute;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/** The VersionedRecordExtension's start value and its silence on deletes, on the raw items (SDK 2.59.1). */
@DynamoDbTest
class VersionedRecordsTest {

    private static final Key ADA = Key.builder().partitionValue("ada").build();

    private static Map<String, AttributeValue> stored(DynamoDbClient client, String table) {
        return client.getItem(b -> b.tableName(table).key(UsersTable.key("ada")).consistentRead(true))
                .item();
    }

    private static VersionedUser ada(String email) {
        VersionedUser ada = new VersionedUser();
        ada.setUserId("ada");
        ada.setEmail(email);
        return ada;
    }

    @Test
    @DisplayName("a new record is stored at Version 1 (startAt 0 + incrementBy 1); each save adds 1")
    void startsAtOne(DynamoDbEnhancedClient enhanced, DynamoDbClient client, Tables tables) {
        String table = UsersTable.create(tables, "Users");
        DynamoDbTable<VersionedUser> users = enhanced.table(table, TableSchema.fromBean(VersionedUser.class));

        VersionedUser saved = users.updateItem(ada("ada@example.com"));
        assertThat(stored(client, table)).containsEntry("Version", n(1));
        users.updateItem(saved);

        assertThat(stored(client, table)).containsEntry("Version", n(2));
    }

    @Test
    @DisplayName("@DynamoDbVersionAttribute(startAt = 100): the first save stores 101")
    void annotationStartAt(DynamoDbEnhancedClient enhanced, DynamoDbClient client, Tables tables) {
        String table = UsersTable.create(tables, "Users");
        StartsAt100 doc = new StartsAt100();
        doc.setUserId("ada");

        enhanced.table(table, TableSchema.fromBean(StartsAt100.class)).putItem(doc);

        assertThat(stored(client, table)).isEqualTo(Map.of("UserID", s("ada"), "Version", n(101)));
    }

    @Test
    @DisplayName(
            "the builder's startAt(100) does not reach a bean whose annotation keeps its default: Version 1 (SDK 2.59.1)")
    void builderStartAtIsIgnoredForAnnotatedBeans(DynamoDbClient client, Tables tables) {
        String table = UsersTable.create(tables, "Users");
        DynamoDbEnhancedClient startingAt100 = DynamoDbEnhancedClient.builder()
                .dynamoDbClient(client)
                .extensions(VersionedRecordExtension.builder().startAt(100L).build())
                .build();

        startingAt100.table(table, TableSchema.fromBean(VersionedUser.class)).putItem(ada("ada@example.com"));

        assertThat(stored(client, table)).containsEntry("Version", n(1));
    }

    @Test
    @DisplayName("a delete is not version-checked: deleting a stale bean removes the newer item")
    void staleDeleteSucceeds(DynamoDbEnhancedClient enhanced, DynamoDbClient client, Tables tables) {
        String table = UsersTable.create(tables, "Users");
        DynamoDbTable<VersionedUser> users = enhanced.table(table, TableSchema.fromBean(VersionedUser.class));
        users.putItem(ada("ada@example.com"));
        VersionedUser stale = users.getItem(r -> r.key(ADA).consistentRead(true));
        VersionedUser fresh = users.getItem(r -> r.key(ADA).consistentRead(true));
        fresh.setEmail("ada@new.example");
        users.updateItem(fresh);

        users.deleteItem(stale); // Version 1 in hand, Version 2 stored

        assertThat(stored(client, table)).isEmpty();
    }

    @Test
    @DisplayName("deleteIfUnchanged refuses a stale version and keeps the item; the current version deletes it")
    void conditionalDelete(DynamoDbEnhancedClient enhanced, DynamoDbClient client, Tables tables) {
        String table = UsersTable.create(tables, "Users");
        DynamoDbTable<VersionedUser> users = enhanced.table(table, TableSchema.fromBean(VersionedUser.class));
        users.putItem(ada("ada@example.com"));
        VersionedUser stale = users.getItem(r -> r.key(ADA).consistentRead(true));
        VersionedUser fresh = users.getItem(r -> r.key(ADA).consistentRead(true));
        fresh.setEmail("ada@new.example");
        VersionedUser current = users.updateItem(fresh);

        assertThatThrownBy(() -> VersionedRecords.deleteIfUnchanged(users, stale))
                .isInstanceOf(ConditionalCheckFailedException.class);
        assertThat(stored(client, table))
                .containsEntry("Email", s("ada@new.example"))
                .containsEntry("Version", n(2));

        VersionedRecords.deleteIfUnchanged(users, current);
        assertThat(stored(client, table)).isEmpty();
    }

    /** A record whose versions start after 100. */
    @DynamoDbBean
    public static class StartsAt100 {
        private String userId;
        private Long version;

        @DynamoDbPartitionKey
        @DynamoDbAttribute("UserID")
        public String getUserId() {
            return userId;
        }

        public void setUserId(String userId) {
            this.userId = userId;
        }

        @DynamoDbVersionAttribute(startAt = 100)
        @DynamoDbAttribute("Version")
        public Long getVersion() {
            return version;
        }

        public void setVersion(Long version) {
            this.version = version;
        }
    }
}
