package com.example.dynamodb.fundamentals;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A simple primary key is a partition key alone: one value names exactly one item. Writing a
 * second item with the same key does not add a row, it replaces the first one.
 */
public final class SimplePrimaryKey {

    private SimplePrimaryKey() {}

    /** Saves a user's e-mail address under the user's id (the partition key). */
    public static void saveEmail(DynamoDbClient client, String table, String userId, String email) {
        client.putItem(b -> b.tableName(table)
                .item(Map.of(
                        "userId", AttributeValue.fromS(userId),
                        "email", AttributeValue.fromS(email))));
    }

    // tag::lookup[]
    /** Looks a user up by the full primary key: here, just the partition key. */
    public static Optional<String> emailOf(DynamoDbClient client, String table, String userId) {
        Map<String, AttributeValue> key = Map.of("userId", AttributeValue.fromS(userId));
        Map<String, AttributeValue> item =
                client.getItem(b -> b.tableName(table).key(key)).item();
        // A missing item is not an error: the response simply has no item.
        return item.isEmpty() ? Optional.empty() : Optional.of(item.get("email").s());
    }
    // end::lookup[]

    /** How many items the table holds (a Scan with Select COUNT, every page; fine for a tiny demo table). */
    public static int count(DynamoDbClient client, String table) {
        return client.scanPaginator(b -> b.tableName(table).select("COUNT")).stream()
                .mapToInt(page -> page.count())
                .sum();
    }

    static void demo(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("Simple primary key: partition key only");
        DynamoDbClient client = ddb.client();
        String table = tables.reserve("Users");
        TablesAndItems.createUsersTable(client, table);

        Narrator.step("Two users, two partition key values, two items");
        saveEmail(client, table, "u-1", "ada@example.com");
        saveEmail(client, table, "u-2", "alan@example.com");
        Narrator.show("items", count(client, table));

        Narrator.step("The same key again replaces the item instead of adding one");
        saveEmail(client, table, "u-1", "ada@lovelace.example");
        Narrator.show("items", count(client, table));
        Narrator.show("email of u-1", emailOf(client, table, "u-1").orElse("-"));

        Narrator.step("A key that does not exist returns no item, not an error");
        Narrator.show("email of u-404", emailOf(client, table, "u-404").orElse("(none)"));
    }

    public static void main(String[] args) {
        Walkthroughs.run(SimplePrimaryKey::demo);
    }
}
