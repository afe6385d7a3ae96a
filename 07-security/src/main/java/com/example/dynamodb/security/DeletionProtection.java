package com.example.dynamodb.security;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.UpdateTableRequest;
import software.amazon.awssdk.services.dynamodb.waiters.DynamoDbWaiter;

/**
 * Deletion protection: a table flag that makes DeleteTable fail until someone switches it off
 * with UpdateTable. It stops the accident (a script pointed at the wrong account); an IAM Deny on
 * DeleteTable and UpdateTable ({@link IamPolicies#denyTableChanges}) stops the deliberate attempt.
 */
public final class DeletionProtection {

    private DeletionProtection() {}

    // tag::protect[]
    /** A table that refuses DeleteTable from the moment it exists. */
    public static CreateTableRequest protectedTable(String table) {
        return CreateTableRequest.builder()
                .tableName(table)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH))
                .deletionProtectionEnabled(true)
                .build();
    }

    /** Deleting a protected table takes two deliberate steps: switch protection off, then delete. */
    public static void unprotectAndDelete(DynamoDbClient client, String table) {
        client.updateTable(UpdateTableRequest.builder()
                .tableName(table)
                .deletionProtectionEnabled(false)
                .build());
        try (DynamoDbWaiter waiter = DynamoDbWaiter.builder().client(client).build()) {
            waiter.waitUntilTableExists(b -> b.tableName(table)); // UpdateTable is asynchronous: until ACTIVE
        }
        client.deleteTable(DeleteTableRequest.builder().tableName(table).build());
    }
    // end::protect[]

    /** What DeleteTable says about a protected table (the refusal's message), or "deleted". */
    public static String tryDelete(DynamoDbClient client, String table) {
        try {
            client.deleteTable(DeleteTableRequest.builder().tableName(table).build());
            return "deleted";
        } catch (DynamoDbException e) {
            return e.awsErrorDetails().errorCode() + ": " + e.awsErrorDetails().errorMessage();
        }
    }

    static void demo(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("Guardrail: deletion protection");
        DynamoDbClient client = ddb.client();
        String table = tables.reserve("Ledger");
        tables.createAndWait(protectedTable(table));
        Narrator.show("DeleteTable on the protected table", tryDelete(client, table));
        Narrator.step("Switch protection off (UpdateTable), then delete: the example cleans up after itself");
        unprotectAndDelete(client, table);
        Narrator.show(
                "still listed after the delete",
                client.listTablesPaginator().tableNames().stream().anyMatch(table::equals));
    }

    public static void main(String[] args) {
        Walkthroughs.run(DeletionProtection::demo);
    }
}
