package com.example.dynamodb.crud;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/**
 * {@code DeleteItem}: removes one item by its full key. Deleting a key that holds nothing is not
 * an error; {@code ReturnValues.ALL_OLD} tells you whether there was something; a condition makes
 * the delete happen only when the item is in the expected state.
 */
public final class DeleteItems {

    private DeleteItems() {}

    // tag::delete[]
    /** Deletes the user; returns the item that was deleted, empty if there was none. */
    public static Optional<Map<String, AttributeValue>> delete(DynamoDbClient client, String table, String userId) {
        DeleteItemResponse response = client.deleteItem(b -> b.tableName(table)
                .key(Map.of("UserID", AttributeValue.fromS(userId)))
                .returnValues(ReturnValue.ALL_OLD));
        return response.hasAttributes() ? Optional.of(response.attributes()) : Optional.empty();
    }
    // end::delete[]

    // tag::conditional[]
    /** Deletes the user only if its Status is INACTIVE (a reserved word, hence #status). */
    public static boolean deleteIfInactive(DynamoDbClient client, String table, String userId) {
        try {
            client.deleteItem(b -> b.tableName(table)
                    .key(Map.of("UserID", AttributeValue.fromS(userId)))
                    .conditionExpression("#status = :inactive")
                    .expressionAttributeNames(Map.of("#status", "Status"))
                    .expressionAttributeValues(Map.of(":inactive", AttributeValue.fromS("INACTIVE"))));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false; // active, or no such item: both leave the table as it was
        }
    }
    // end::conditional[]

    // tag::enhanced[]
    /** The Enhanced Client: returns the deleted bean, or null when there was none. */
    public static User deleteUser(DynamoDbTable<User> users, String userId) {
        return users.deleteItem(Key.builder().partitionValue(userId).build());
    }
    // end::enhanced[]

    static void demo(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("DeleteItem: remove one item by its key");
        DynamoDbClient client = ddb.client();
        String table = UsersTable.create(tables, "Users");
        client.putItem(b -> b.tableName(table)
                .item(Map.of("UserID", AttributeValue.fromS("ada"), "Status", AttributeValue.fromS("ACTIVE"))));
        client.putItem(b -> b.tableName(table)
                .item(Map.of("UserID", AttributeValue.fromS("bob"), "Status", AttributeValue.fromS("INACTIVE"))));
        Narrator.step("conditional delete (#status = INACTIVE) of ada, then of bob");
        Narrator.show("ada deleted", deleteIfInactive(client, table, "ada"));
        Narrator.show("bob deleted", deleteIfInactive(client, table, "bob"));
        Narrator.step("delete ada with ALL_OLD, then delete her again");
        Narrator.show(
                "deleted", delete(client, table, "ada").map(Narrator::format).orElse("nothing"));
        Narrator.show(
                "deleted again",
                delete(client, table, "ada")
                        .map(Narrator::format)
                        .orElse("nothing (deleting a missing key is not an error)"));
        Narrator.step("the Enhanced Client returns the deleted bean, or null");
        client.putItem(b -> b.tableName(table)
                .item(Map.of("UserID", AttributeValue.fromS("cy"), "Email", AttributeValue.fromS("cy@x.org"))));
        User deleted = deleteUser(PutItems.usersTable(ddb, table), "cy");
        Narrator.show("deleted User.getEmail()", deleted.getEmail());
    }

    public static void main(String[] args) {
        Walkthroughs.run(DeleteItems::demo);
    }
}
