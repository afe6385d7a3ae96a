package com.example.dynamodb.crud;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.model.IgnoreNullsMode;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/**
 * {@code UpdateItem}: changes some attributes of an item in place, atomically, and creates the
 * item if its key is new. The four clauses (SET, REMOVE, ADD, DELETE), {@code list_append},
 * {@code if_not_exists}, nested paths, the returned values, and the Enhanced Client's
 * {@code updateItem} with {@link IgnoreNullsMode}.
 */
public final class UpdateItems {

    private UpdateItems() {}

    // tag::lastLogin[]
    /** The seed's example: add a LastLogin attribute; returns only what changed (UPDATED_NEW). */
    public static Map<String, AttributeValue> addLastLogin(
            DynamoDbClient client, String table, String userId, long epochSeconds) {
        return client.updateItem(b -> b.tableName(table)
                        .key(Map.of("UserID", AttributeValue.fromS(userId)))
                        .updateExpression("SET LastLogin = :t")
                        .expressionAttributeValues(Map.of(":t", AttributeValue.fromN(String.valueOf(epochSeconds))))
                        .returnValues(ReturnValue.UPDATED_NEW))
                .attributes();
    }
    // end::lastLogin[]

    // tag::counter[]
    /** An atomic counter: the server adds, so concurrent callers never lose an increment. */
    public static long increment(DynamoDbClient client, String table, String userId, long delta) {
        return Long.parseLong(client.updateItem(b -> b.tableName(table)
                        .key(Map.of("UserID", AttributeValue.fromS(userId)))
                        .updateExpression("ADD LoginCount :d") // ADD on a missing attribute starts from 0
                        .expressionAttributeValues(Map.of(":d", AttributeValue.fromN(String.valueOf(delta))))
                        .returnValues(ReturnValue.UPDATED_NEW))
                .attributes()
                .get("LoginCount")
                .n());
    }
    // end::counter[]

    // tag::clauses[]
    /**
     * One request, four clauses: set a nested map value, append to a list (creating it when
     * absent), add to a string set, delete from another set, remove an attribute. Returns the old
     * values of the attributes it touched (UPDATED_OLD).
     */
    public static Map<String, AttributeValue> editProfile(DynamoDbClient client, String table, String userId) {
        return client.updateItem(b -> b.tableName(table)
                        .key(Map.of("UserID", AttributeValue.fromS(userId)))
                        .updateExpression("SET Address.City = :city,"
                                + " History = list_append(if_not_exists(History, :empty), :event),"
                                + " Nickname = if_not_exists(Nickname, :nick)"
                                + " ADD Tags :newTags"
                                + " DELETE #roles :oldRoles" // ROLES is a reserved word: a placeholder is required
                                + " REMOVE TemporaryToken")
                        .expressionAttributeNames(Map.of("#roles", "Roles"))
                        .expressionAttributeValues(Map.of(
                                ":city", AttributeValue.fromS("Paris"),
                                ":empty", AttributeValue.fromL(List.of()),
                                ":event", AttributeValue.fromL(List.of(AttributeValue.fromS("moved"))),
                                ":nick", AttributeValue.fromS("ada"),
                                ":newTags", AttributeValue.fromSs(List.of("beta", "vip")),
                                ":oldRoles", AttributeValue.fromSs(List.of("guest"))))
                        .returnValues(ReturnValue.UPDATED_OLD))
                .attributes();
    }
    // end::clauses[]

    // tag::enhanced[]
    /**
     * The Enhanced Client writes every non-key property of the bean. With SCALAR_ONLY, null
     * properties are left alone; with DEFAULT they are REMOVED from the stored item.
     */
    public static User updateUser(DynamoDbTable<User> users, User changes, IgnoreNullsMode mode) {
        return users.updateItem(r -> r.item(changes).ignoreNullsMode(mode));
    }
    // end::enhanced[]

    /** A user with a nested Address, a Roles set and a TemporaryToken to edit. */
    static Map<String, AttributeValue> sampleUser(String userId) {
        return Map.of(
                "UserID",
                AttributeValue.fromS(userId),
                "Email",
                AttributeValue.fromS("ada@example.com"),
                "Address",
                AttributeValue.fromM(Map.of("City", AttributeValue.fromS("London"))),
                "Roles",
                AttributeValue.fromSs(List.of("guest", "member")),
                "TemporaryToken",
                AttributeValue.fromS("abc123"));
    }

    static void demo(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("UpdateItem: change some attributes in place");
        DynamoDbClient client = ddb.client();
        String table = UsersTable.create(tables, "Users");
        client.putItem(b -> b.tableName(table).item(sampleUser("ada")));
        Narrator.step("the seed's example: SET LastLogin (UPDATED_NEW returns just the new value)");
        Narrator.item(addLastLogin(client, table, "ada", 1678972800L));
        Narrator.step("an atomic counter: ADD LoginCount 1, three times");
        for (int i = 0; i < 3; i++) {
            Narrator.show("LoginCount", increment(client, table, "ada", 1));
        }
        Narrator.step("SET nested path, list_append, if_not_exists, ADD/DELETE on sets, REMOVE");
        Narrator.show("UPDATED_OLD", Narrator.format(editProfile(client, table, "ada")));
        Narrator.show(
                "stored now",
                Narrator.format(client.getItem(b -> b.tableName(table).key(UsersTable.key("ada")))
                        .item()));
        Narrator.step("Enhanced Client updateItem with a bean that only has LastLogin set");
        DynamoDbTable<User> users = PutItems.usersTable(ddb, table);
        User changes = new User();
        changes.setUserId("ada");
        changes.setLastLogin(1679000000L);
        User after = updateUser(users, changes, IgnoreNullsMode.SCALAR_ONLY);
        Narrator.show("SCALAR_ONLY keeps Email", after.getEmail());
        after = updateUser(users, changes, IgnoreNullsMode.DEFAULT);
        Narrator.show("DEFAULT removes the null properties, Email is now", after.getEmail());
    }

    public static void main(String[] args) {
        Walkthroughs.run(UpdateItems::demo);
    }
}
