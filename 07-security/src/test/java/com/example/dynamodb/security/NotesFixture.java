package com.example.dynamodb.security;

import com.example.dynamodb.support.Tables;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import software.amazon.awssdk.policybuilder.iam.IamPolicy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The notes table and the tenant policy, as the tests of the tenant-scoped classes set them up. */
final class NotesFixture {

    static final Principal ALICE = new Principal("tenant-a");
    static final Principal BOB = new Principal("tenant-b");
    /** Sorted, as the repository reads them from the policy: refusal messages list them in this order. */
    static final SortedSet<String> ALLOWED =
            Collections.unmodifiableSortedSet(new TreeSet<>(NotesTable.TENANT_ATTRIBUTES));

    private NotesFixture() {}

    /** A new, empty notes table of this test. */
    static String table(Tables tables) {
        String table = tables.reserve("Notes");
        tables.createAndWait(NotesTable.definition(table));
        return table;
    }

    /** The policy of {@link FineGrainedAccess} for that table, with the tenant attributes. */
    static IamPolicy policy(String table) {
        return FineGrainedAccess.tenantPolicy(
                TableArn.of("eu-west-1", "123456789012", table),
                FineGrainedAccess.COGNITO_IDENTITY_ID,
                NotesTable.TENANT_ATTRIBUTES);
    }

    /** Writes a note as the table's owner would, past every tenant check. */
    static void seed(DynamoDbClient client, String table, String tenant, String noteId, String title) {
        client.putItem(b -> b.tableName(table)
                .item(Map.of(
                        "tenantId", AttributeValue.fromS(tenant),
                        "noteId", AttributeValue.fromS(noteId),
                        "title", AttributeValue.fromS(title))));
    }

    /** Every item of the table, whoever owns it, read with a consistent scan. */
    static List<Map<String, AttributeValue>> everything(DynamoDbClient client, String table) {
        return client.scanPaginator(b -> b.tableName(table).consistentRead(true)).items().stream()
                .toList();
    }

    static Map<String, AttributeValue> title(String title) {
        return Map.of("title", AttributeValue.fromS(title));
    }
}
