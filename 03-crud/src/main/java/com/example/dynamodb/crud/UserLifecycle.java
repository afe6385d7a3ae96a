package com.example.dynamodb.crud;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The practical task of this section, end to end: PutItem, GetItem, UpdateItem (add an
 * attribute), GetItem (verify the update), DeleteItem. Returns what each read saw.
 */
public final class UserLifecycle {

    private UserLifecycle() {}

    // tag::task[]
    public static List<Map<String, AttributeValue>> run(DynamoDbClient client, String table) {
        List<Map<String, AttributeValue>> seen = new ArrayList<>();
        Map<String, AttributeValue> key = Map.of("UserID", AttributeValue.fromS("user123"));
        // 1. Create
        client.putItem(b -> b.tableName(table)
                .item(Map.of(
                        "UserID",
                        AttributeValue.fromS("user123"),
                        "Email",
                        AttributeValue.fromS("user@example.com"),
                        "SignUpDate",
                        AttributeValue.fromN("1678886400"))));
        // 2. Read (strongly consistent: we want to see our own write for sure)
        seen.add(client.getItem(b -> b.tableName(table).key(key).consistentRead(true))
                .item());
        // 3. Update: add LastLogin, only if the user is there
        client.updateItem(b -> b.tableName(table)
                .key(key)
                .updateExpression("SET LastLogin = :t")
                .conditionExpression("attribute_exists(UserID)")
                .expressionAttributeValues(Map.of(":t", AttributeValue.fromN("1678972800"))));
        // 4. Read again to verify
        seen.add(client.getItem(b -> b.tableName(table).key(key).consistentRead(true))
                .item());
        // 5. Delete, then read once more: no item
        client.deleteItem(b -> b.tableName(table).key(key));
        seen.add(client.getItem(b -> b.tableName(table).key(key).consistentRead(true))
                .item());
        return seen;
    }
    // end::task[]

    static void demo(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("Practical task: Put, Get, Update, Get, Delete");
        String table = UsersTable.create(tables, "Users");
        List<Map<String, AttributeValue>> seen = run(ddb.client(), table);
        Narrator.show("after PutItem", Narrator.format(seen.get(0)));
        Narrator.show("after UpdateItem", Narrator.format(seen.get(1)));
        Narrator.show("after DeleteItem", seen.get(2).isEmpty() ? "no item" : Narrator.format(seen.get(2)));
    }

    public static void main(String[] args) {
        Walkthroughs.run(UserLifecycle::demo);
    }
}
