package com.example.dynamodb.crud;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/**
 * {@code PutItem}: creates an item, or replaces the whole item with the same key. Shows the
 * replace semantics, {@code ReturnValues.ALL_OLD}, and a create-only put guarded by
 * {@code attribute_not_exists}, with the low-level client and the Enhanced Client.
 */
public final class PutItems {

    private PutItems() {}

    // tag::put[]
    /** Writes the item as given; returns the item it replaced, if there was one. */
    public static Optional<Map<String, AttributeValue>> put(
            DynamoDbClient client, String table, Map<String, AttributeValue> item) {
        PutItemResponse response =
                client.putItem(b -> b.tableName(table).item(item).returnValues(ReturnValue.ALL_OLD));
        // ALL_OLD costs nothing extra; without it a put tells you nothing about what was there.
        return response.hasAttributes() ? Optional.of(response.attributes()) : Optional.empty();
    }
    // end::put[]

    // tag::createOnly[]
    /** Creates the item only if no item has its key yet; returns false instead of overwriting. */
    public static boolean createOnly(DynamoDbClient client, String table, Map<String, AttributeValue> item) {
        try {
            client.putItem(b -> b.tableName(table)
                    .item(item)
                    // The condition is checked against the item stored under the same key, if any.
                    .conditionExpression("attribute_not_exists(#pk)")
                    .expressionAttributeNames(Map.of("#pk", UsersTable.PK)));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }
    // end::createOnly[]

    // tag::enhanced[]
    /** The Enhanced Client's create-only put: same condition, the bean mapped for you. */
    public static boolean createOnly(DynamoDbTable<User> users, User user) {
        try {
            users.putItem(r -> r.item(user)
                    .conditionExpression(Expression.builder()
                            .expression("attribute_not_exists(UserID)")
                            .build()));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }
    // end::enhanced[]

    public static DynamoDbTable<User> usersTable(DynamoDbBackend ddb, String table) {
        return ddb.enhancedClient().table(table, TableSchema.fromBean(User.class));
    }

    static void demo(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("PutItem: create or replace a whole item");
        DynamoDbClient client = ddb.client();
        String table = UsersTable.create(tables, "Users");
        Map<String, AttributeValue> seed = Map.of(
                "UserID",
                AttributeValue.fromS("user123"),
                "Email",
                AttributeValue.fromS("user@example.com"),
                "SignUpDate",
                AttributeValue.fromN("1678886400"));
        Narrator.step("put the seed's user (no item had this key, so nothing is returned)");
        Narrator.show("replaced", put(client, table, seed).map(Narrator::format).orElse("nothing"));
        Narrator.step("put again with the same key but without SignUpDate: the item is REPLACED");
        Map<String, AttributeValue> old = put(
                        client,
                        table,
                        Map.of(
                                "UserID",
                                AttributeValue.fromS("user123"),
                                "Email",
                                AttributeValue.fromS("new@example.com")))
                .orElseThrow();
        Narrator.show("ALL_OLD returned", Narrator.format(old));
        Narrator.show(
                "stored now",
                Narrator.format(client.getItem(b -> b.tableName(table).key(UsersTable.key("user123")))
                        .item()));
        Narrator.say("SignUpDate is gone: a put never merges; UpdateItem changes some attributes.");
        Narrator.step("create-only put (attribute_not_exists) on an existing key");
        Narrator.show("created", createOnly(client, table, seed));
        Narrator.step("the Enhanced Client: create-only put of a new User bean, then the same again");
        DynamoDbTable<User> users = usersTable(ddb, table);
        User ada = new User("ada", "ada@example.com", 1678886400L);
        Narrator.show("first put created", createOnly(users, ada));
        Narrator.show("second put created", createOnly(users, ada));
    }

    public static void main(String[] args) {
        Walkthroughs.run(PutItems::demo);
    }
}
