package com.example.dynamodb.crud;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/**
 * {@code GetItem}: one item by its full primary key. Eventually vs strongly consistent reads and
 * what each costs, projections, reserved words behind name placeholders, nested paths, and what
 * a missing item looks like (no item, not an exception).
 */
public final class GetItems {

    private GetItems() {}

    // tag::get[]
    /** What a read returned and what it cost, in read capacity units. */
    public record Read(Optional<Map<String, AttributeValue>> item, double capacityUnits) {}

    public static Read get(DynamoDbClient client, String table, String userId, boolean strongly) {
        GetItemResponse response = client.getItem(b -> b.tableName(table)
                .key(Map.of("UserID", AttributeValue.fromS(userId)))
                .consistentRead(strongly) // false (the default) = eventually consistent, half the price
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));
        // A key that matches nothing is not an error: the response simply has no item.
        Optional<Map<String, AttributeValue>> item =
                response.hasItem() ? Optional.of(response.item()) : Optional.empty();
        return new Read(item, response.consumedCapacity().capacityUnits());
    }
    // end::get[]

    // tag::projection[]
    /** Reads only Name, Status and Address.City; both names are DynamoDB reserved words. */
    public static Map<String, AttributeValue> nameStatusAndCity(DynamoDbClient client, String table, String userId) {
        return client.getItem(b -> b.tableName(table)
                        .key(Map.of("UserID", AttributeValue.fromS(userId)))
                        .projectionExpression("#name, #status, Address.City")
                        .expressionAttributeNames(Map.of("#name", "Name", "#status", "Status")))
                .item();
    }
    // end::projection[]

    // tag::enhanced[]
    /** The Enhanced Client: a typed bean, or null when there is no such item. */
    public static User getUser(DynamoDbTable<User> users, String userId, boolean strongly) {
        return users.getItem(
                r -> r.key(Key.builder().partitionValue(userId).build()).consistentRead(strongly));
    }
    // end::enhanced[]

    /** A user with a reserved-word attribute and a nested map, for the projection example. */
    static Map<String, AttributeValue> sampleUser(String userId) {
        return Map.of(
                "UserID",
                AttributeValue.fromS(userId),
                "Name",
                AttributeValue.fromS("Ada"),
                "Status",
                AttributeValue.fromS("ACTIVE"),
                "Email",
                AttributeValue.fromS("ada@example.com"),
                "SignUpDate",
                AttributeValue.fromN("1678886400"),
                "Address",
                AttributeValue.fromM(
                        Map.of("City", AttributeValue.fromS("London"), "Street", AttributeValue.fromS("1 Main St"))));
    }

    static void demo(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("GetItem: one item by its primary key");
        DynamoDbClient client = ddb.client();
        String table = UsersTable.create(tables, "Users");
        client.putItem(b -> b.tableName(table).item(sampleUser("ada")));
        Narrator.step("eventually consistent read (the default) and strongly consistent read");
        Read eventual = get(client, table, "ada", false);
        Read strong = get(client, table, "ada", true);
        Narrator.table(List.of(
                List.of("read", "ConsumedCapacity (RCU)"),
                List.of("eventually consistent", String.valueOf(eventual.capacityUnits())),
                List.of("strongly consistent", String.valueOf(strong.capacityUnits()))));
        Narrator.step("projection with #name/#status placeholders and the nested path Address.City");
        Narrator.item(nameStatusAndCity(client, table, "ada"));
        Narrator.step("a key that matches nothing");
        Read missing = get(client, table, "nobody", false);
        Narrator.show("item", missing.item().map(Narrator::format).orElse("none (no exception)"));
        Narrator.show("capacity still charged", missing.capacityUnits());
        Narrator.step("the Enhanced Client returns a bean, or null");
        User ada = getUser(PutItems.usersTable(ddb, table), "ada", true);
        Narrator.show("User.getEmail()", ada.getEmail());
        Narrator.show("missing user", getUser(PutItems.usersTable(ddb, table), "nobody", true));
    }

    public static void main(String[] args) {
        Walkthroughs.run(GetItems::demo);
    }
}
