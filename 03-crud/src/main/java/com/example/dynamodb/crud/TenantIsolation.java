package com.example.dynamodb.crud;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.extensions.AtomicCounterExtension;
import software.amazon.awssdk.enhanced.dynamodb.extensions.VersionedRecordExtension;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * An extension of your own, {@link TenantExtension}, in the chain of an Enhanced Client. The chain
 * runs in list order before a write (each extension sees the item as the ones before it left it;
 * their conditions are joined with AND) and in reverse order after a read, so the first extension
 * in the list is the outermost layer: it sees a write first and a read last, so the extensions
 * after it cannot hide a write from it, and it has the last word on what a read returns.
 */
public final class TenantIsolation {

    private TenantIsolation() {}

    // tag::client[]
    /** An Enhanced Client whose every write is stamped with, and every read checked against, the tenant. */
    public static DynamoDbEnhancedClient tenantAware(DynamoDbClient client, TenantExtension tenants) {
        return DynamoDbEnhancedClient.builder()
                .dynamoDbClient(client)
                .extensions(
                        tenants, // first: the outermost, with the last word on what a read returns
                        VersionedRecordExtension.builder().build(), // naming extensions drops the defaults:
                        AtomicCounterExtension.builder().build()) // name them again
                .build();
    }
    // end::client[]

    static void demo(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("Your own extension: a tenant on every item");
        AtomicReference<String> tenant = new AtomicReference<>("acme");
        Supplier<String> currentTenant = tenant::get; // in a service: the authenticated caller's tenant
        TenantExtension tenants = new TenantExtension(currentTenant);
        String table = UsersTable.create(tables, "Users");
        DynamoDbTable<User> users = tenantAware(ddb.client(), tenants).table(table, TableSchema.fromBean(User.class));
        users.putItem(new User("ada", "ada@acme.example", 1_678_886_400L));
        Narrator.show(
                "acme writes ada; the stored item",
                Narrator.format(ddb.client()
                        .getItem(b -> b.tableName(table).key(UsersTable.key("ada")))
                        .item()));
        tenant.set("globex");
        try {
            users.getItem(new User("ada", null, null));
        } catch (TenantExtension.ForeignItemException e) {
            Narrator.show("globex reads ada", e.getMessage());
        }
        try {
            users.putItem(new User("ada", "ada@globex.example", 0L));
        } catch (ConditionalCheckFailedException e) {
            Narrator.show(
                    "globex overwrites ada",
                    "refused by the condition, " + e.awsErrorDetails().errorCode());
        }
        try {
            users.deleteItem(
                    r -> r.key(k -> k.partitionValue("ada")).conditionExpression(tenants.ownedByCurrentTenant()));
        } catch (ConditionalCheckFailedException e) {
            Narrator.show("globex deletes ada, with ownedByCurrentTenant()", "refused, the item stays");
        }
    }

    public static void main(String[] args) {
        Walkthroughs.run(TenantIsolation::demo);
    }
}
