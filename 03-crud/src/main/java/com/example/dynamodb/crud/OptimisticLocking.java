package com.example.dynamodb.crud;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Optimistic locking: read an item with its version number, and write it back only if the version
 * is still the one you read. Done by hand with a condition expression, then by the Enhanced
 * Client with {@code @DynamoDbVersionAttribute}. A stale writer gets
 * {@link ConditionalCheckFailedException} instead of silently overwriting someone else's change.
 */
public final class OptimisticLocking {

    private OptimisticLocking() {}

    /** Creates a user at version 1 (only if the key is new). */
    public static void create(DynamoDbClient client, String table, String userId, String email) {
        client.putItem(b -> b.tableName(table)
                .item(Map.of(
                        "UserID",
                        AttributeValue.fromS(userId),
                        "Email",
                        AttributeValue.fromS(email),
                        "Version",
                        AttributeValue.fromN("1")))
                .conditionExpression("attribute_not_exists(UserID)"));
    }

    /** The version a writer must quote back; read strongly so that it is the latest one. */
    public static long version(DynamoDbClient client, String table, String userId) {
        Map<String, AttributeValue> item = client.getItem(
                        b -> b.tableName(table).key(UsersTable.key(userId)).consistentRead(true))
                .item();
        return Long.parseLong(item.get("Version").n());
    }

    // tag::byHand[]
    /** Writes the email if nobody wrote since {@code readVersion}; returns the new version. */
    public static long changeEmail(DynamoDbClient client, String table, String userId, long readVersion, String email) {
        client.updateItem(b -> b.tableName(table)
                .key(Map.of("UserID", AttributeValue.fromS(userId)))
                .updateExpression("SET Email = :email, Version = :next")
                .conditionExpression("Version = :read") // throws ConditionalCheckFailedException if stale
                .expressionAttributeValues(Map.of(
                        ":email",
                        AttributeValue.fromS(email),
                        ":read",
                        AttributeValue.fromN(String.valueOf(readVersion)),
                        ":next",
                        AttributeValue.fromN(String.valueOf(readVersion + 1)))));
        return readVersion + 1;
    }
    // end::byHand[]

    // tag::enhanced[]
    /** The Enhanced Client adds the same condition and the increment for you. */
    public static VersionedUser save(DynamoDbTable<VersionedUser> users, VersionedUser user) {
        return users.updateItem(user); // a stale Version -> ConditionalCheckFailedException
    }
    // end::enhanced[]

    public static DynamoDbTable<VersionedUser> versionedUsers(DynamoDbBackend ddb, String table) {
        return ddb.enhancedClient().table(table, TableSchema.fromBean(VersionedUser.class));
    }

    static void demo(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("Optimistic locking: write only if nobody else wrote since you read");
        DynamoDbClient client = ddb.client();
        String table = UsersTable.create(tables, "Users");
        create(client, table, "ada", "ada@example.com");
        Narrator.step("two editors read ada at the same version");
        long alice = version(client, table, "ada");
        long bob = version(client, table, "ada");
        Narrator.show("both read Version", alice + " and " + bob);
        Narrator.show("alice writes, new Version", changeEmail(client, table, "ada", alice, "a@x.org"));
        try {
            changeEmail(client, table, "ada", bob, "b@x.org");
        } catch (ConditionalCheckFailedException e) {
            Narrator.show("bob's stale write is refused", e.awsErrorDetails().errorCode());
        }
        Narrator.step("the same with @DynamoDbVersionAttribute and the Enhanced Client");
        DynamoDbTable<VersionedUser> users = versionedUsers(ddb, table);
        Key key = Key.builder().partitionValue("ada").build();
        VersionedUser first = users.getItem(r -> r.key(key).consistentRead(true));
        VersionedUser second = users.getItem(r -> r.key(key).consistentRead(true));
        first.setEmail("first@x.org");
        Narrator.show("first save, Version now", save(users, first).getVersion());
        second.setEmail("second@x.org");
        try {
            save(users, second);
        } catch (ConditionalCheckFailedException e) {
            Narrator.show(
                    "second save (still at the old Version) is refused",
                    e.awsErrorDetails().errorCode());
        }
    }

    public static void main(String[] args) {
        Walkthroughs.run(OptimisticLocking::demo);
    }
}
