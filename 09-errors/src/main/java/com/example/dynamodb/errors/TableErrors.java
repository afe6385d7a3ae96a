package com.example.dynamodb.errors;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/**
 * Errors about the table itself. {@code ResourceNotFoundException}: no such table here (a typo,
 * the wrong region, account or endpoint, or a table still being created). {@code
 * ResourceInUseException}: the table exists already, or is busy (being created, updated or deleted).
 * The SDK retries neither: the request must change, or the table must.
 */
public final class TableErrors {

    private TableErrors() {}

    // tag::not-found[]
    /** The item, or empty; a missing table is a configuration error, said in plain words. */
    public static Optional<Map<String, AttributeValue>> findAccount(
            DynamoDbClient client, String table, String accountId) {
        try {
            Map<String, AttributeValue> item = client.getItem(
                            b -> b.tableName(table).key(Map.of("accountId", AttributeValue.fromS(accountId))))
                    .item();
            return item == null || item.isEmpty() ? Optional.empty() : Optional.of(item);
        } catch (ResourceNotFoundException e) {
            throw new IllegalStateException(
                    "Table '" + table + "' does not exist where this client looks ("
                            + client.serviceClientConfiguration().region() + "). Check the table name, the region and"
                            + " the account; a table that was just created may still be CREATING.",
                    e);
        }
    }
    // end::not-found[]

    // tag::in-use[]
    /** Creates the table unless it exists; true when this call created it. */
    public static boolean createIfAbsent(DynamoDbClient client, CreateTableRequest request) {
        try {
            client.createTable(request);
            return true;
        } catch (ResourceInUseException e) {
            // Someone (maybe an earlier run of this code) created it: not an error for us.
            return false;
        }
    }
    // end::in-use[]

    static void demo(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("ResourceNotFoundException and ResourceInUseException");
        DynamoDbClient client = ddb.client();
        String missing = tables.reserve("NoSuchTable");
        Narrator.step("GetItem on a table that does not exist");
        try {
            findAccount(client, missing, "alice");
        } catch (IllegalStateException e) {
            Narrator.say(e.getMessage().replace(missing, "NoSuchTable"));
            Narrator.show("cause", e.getCause().getClass().getSimpleName());
        }
        String table = tables.reserve("Accounts");
        Narrator.step("createIfAbsent twice");
        Narrator.show("first call created it", createIfAbsent(client, AccountsTable.definition(table)));
        Tables.waitUntilActive(client, table);
        Narrator.show("second call created it", createIfAbsent(client, AccountsTable.definition(table)));
    }

    public static void main(String[] args) {
        Walkthroughs.run(TableErrors::demo);
    }
}
