package com.example.dynamodb.fundamentals;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/**
 * A table's life: create it, describe it, list it, put an item (a map of attributes) into it,
 * and delete it. Only the key is declared up front; every other attribute is free-form.
 */
public final class TablesAndItems {

    private TablesAndItems() {}

    // tag::create[]
    /** Creates a table whose items are identified by a string "userId", and waits until ACTIVE. */
    public static TableDescription createUsersTable(DynamoDbClient client, String tableName) {
        client.createTable(b -> b.tableName(tableName)
                // Only key attributes are declared; DynamoDB has no schema for the rest.
                .attributeDefinitions(AttributeDefinition.builder()
                        .attributeName("userId")
                        .attributeType(ScalarAttributeType.S)
                        .build())
                .keySchema(KeySchemaElement.builder()
                        .attributeName("userId")
                        .keyType(KeyType.HASH)
                        .build())
                .billingMode(BillingMode.PAY_PER_REQUEST));
        // CreateTable returns while the table is still CREATING; wait before using it.
        client.waiter().waitUntilTableExists(b -> b.tableName(tableName));
        return client.describeTable(b -> b.tableName(tableName)).table();
    }
    // end::create[]

    /** The names of the tables in this account and region (every page: one holds at most 100). */
    public static List<String> listTables(DynamoDbClient client) {
        return client.listTablesPaginator().tableNames().stream().toList();
    }

    // tag::item[]
    /** An item is a map from attribute name to a typed value; only the key is required. */
    public static Map<String, AttributeValue> putAndGetUser(DynamoDbClient client, String tableName) {
        Map<String, AttributeValue> user = Map.of(
                "userId", AttributeValue.fromS("u-1001"),
                "name", AttributeValue.fromS("Ada"),
                "age", AttributeValue.fromN("36"));
        client.putItem(b -> b.tableName(tableName).item(user));

        Map<String, AttributeValue> key = Map.of("userId", AttributeValue.fromS("u-1001"));
        return client.getItem(b -> b.tableName(tableName).key(key)).item();
    }
    // end::item[]

    /** Deletes the table and waits until it is gone. */
    public static void deleteTable(DynamoDbClient client, String tableName) {
        client.deleteTable(b -> b.tableName(tableName));
        client.waiter().waitUntilTableNotExists(b -> b.tableName(tableName));
    }

    static void demo(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("Tables, items and attributes");
        DynamoDbClient client = ddb.client();
        String table = tables.reserve("Users");

        Narrator.step("CreateTable " + table + " with a partition key 'userId' (String)");
        TableDescription description = createUsersTable(client, table);
        Narrator.show("status", description.tableStatus());
        Narrator.show("key schema", description.keySchema().get(0).attributeName() + " (HASH)");
        Narrator.show("ListTables contains it", listTables(client).contains(table));

        Narrator.step("PutItem then GetItem: the item is a map of typed attributes");
        Narrator.item(putAndGetUser(client, table));

        Narrator.step("DeleteTable removes the table and all its items");
        deleteTable(client, table);
        Narrator.show("ListTables contains it", listTables(client).contains(table));
    }

    public static void main(String[] args) {
        Walkthroughs.run(TablesAndItems::demo);
    }
}
