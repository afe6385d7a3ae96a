package com.example.dynamodb.performance;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughput;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/**
 * The two capacity modes: PROVISIONED (you say how many units per second, and pay for them by the
 * hour) and PAY_PER_REQUEST (on-demand: you pay per request). A table can switch with UpdateTable.
 */
public final class CapacityModes {

    private CapacityModes() {}

    /** What DescribeTable says about a table's mode and provisioned units (0 when on demand). */
    public record Settings(BillingMode mode, long readCapacityUnits, long writeCapacityUnits) {}

    /** A table in provisioned mode with the given units. */
    public static CreateTableRequest provisioned(CreateTableRequest table, long rcu, long wcu) {
        if (rcu < 1 || wcu < 1) {
            throw new IllegalArgumentException(
                    "Provisioned mode needs at least 1 read and 1 write capacity unit, got " + rcu + "/" + wcu);
        }
        return table.toBuilder()
                .billingMode(BillingMode.PROVISIONED)
                .provisionedThroughput(ProvisionedThroughput.builder()
                        .readCapacityUnits(rcu)
                        .writeCapacityUnits(wcu)
                        .build())
                .build();
    }

    // tag::modes[]
    /** Switches a table to on-demand: no units to give, pay per request. */
    public static void switchToOnDemand(DynamoDbClient client, String table) {
        client.updateTable(b -> b.tableName(table).billingMode(BillingMode.PAY_PER_REQUEST));
    }

    /** Switches a table to provisioned mode with the given units. */
    public static void switchToProvisioned(DynamoDbClient client, String table, long rcu, long wcu) {
        if (rcu < 1 || wcu < 1) {
            throw new IllegalArgumentException(
                    "Provisioned mode needs at least 1 read and 1 write capacity unit, got " + rcu + "/" + wcu);
        }
        client.updateTable(b -> b.tableName(table)
                .billingMode(BillingMode.PROVISIONED)
                .provisionedThroughput(p -> p.readCapacityUnits(rcu).writeCapacityUnits(wcu)));
    }

    // end::modes[]

    /** The mode and units, read back. A table created provisioned may have no BillingModeSummary. */
    public static Settings settings(DynamoDbClient client, String table) {
        TableDescription t = client.describeTable(b -> b.tableName(table)).table();
        BillingMode mode = t.billingModeSummary() == null
                ? BillingMode.PROVISIONED
                : t.billingModeSummary().billingMode();
        return new Settings(
                mode,
                t.provisionedThroughput() == null
                        ? 0
                        : t.provisionedThroughput().readCapacityUnits(),
                t.provisionedThroughput() == null
                        ? 0
                        : t.provisionedThroughput().writeCapacityUnits());
    }

    static void demo(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("Capacity modes");
        DynamoDbClient client = ddb.client();
        String table = TableSetup.create(client, tables, "Modes", provisioned(TableSetup.keyed(false), 5, 5));
        Narrator.show("Created provisioned", settings(client, table));
        switchToOnDemand(client, table);
        TableSetup.awaitActive(client, table);
        Narrator.show("After UpdateTable to PAY_PER_REQUEST", settings(client, table));
        switchToProvisioned(client, table, 10, 5);
        TableSetup.awaitActive(client, table);
        Narrator.show("After UpdateTable back to PROVISIONED 10/5", settings(client, table));
    }

    public static void main(String[] args) {
        Walkthroughs.run(CapacityModes::demo);
    }
}
