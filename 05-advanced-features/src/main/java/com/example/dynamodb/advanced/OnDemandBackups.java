package com.example.dynamodb.advanced;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BackupDescription;
import software.amazon.awssdk.services.dynamodb.model.BackupDetails;
import software.amazon.awssdk.services.dynamodb.model.BackupSummary;
import software.amazon.awssdk.services.dynamodb.model.CreateBackupRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeBackupRequest;
import software.amazon.awssdk.services.dynamodb.model.ListBackupsRequest;
import software.amazon.awssdk.services.dynamodb.model.ListBackupsResponse;
import software.amazon.awssdk.services.dynamodb.model.RestoreTableFromBackupRequest;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/**
 * On-demand backups: full copies of a table taken when you ask, kept until you delete them, and
 * restored into a new table. DynamoDB Local has none: the tests verify these requests against a
 * mock. {@link PointInTimeRecovery} is the continuous kind; {@link LogicalBackup} runs locally.
 */
public final class OnDemandBackups {

    private OnDemandBackups() {}

    // tag::on-demand[]
    public static BackupDetails createBackup(DynamoDbClient client, String table, String backupName) {
        return client.createBackup(CreateBackupRequest.builder()
                        .tableName(table)
                        .backupName(backupName)
                        .build())
                .backupDetails();
    }

    /** Every backup of a table, following the pages ListBackups returns. */
    public static List<BackupSummary> listBackups(DynamoDbClient client, String table) {
        List<BackupSummary> backups = new ArrayList<>();
        String after = null;
        do {
            ListBackupsResponse page = client.listBackups(ListBackupsRequest.builder()
                    .tableName(table)
                    .exclusiveStartBackupArn(after)
                    .build());
            backups.addAll(page.backupSummaries());
            after = page.lastEvaluatedBackupArn();
        } while (after != null);
        return backups;
    }

    public static BackupDescription describeBackup(DynamoDbClient client, String backupArn) {
        return client.describeBackup(
                        DescribeBackupRequest.builder().backupArn(backupArn).build())
                .backupDescription();
    }

    /** Restores a backup into a new table, which must not exist yet. */
    public static TableDescription restoreFromBackup(DynamoDbClient client, String backupArn, String newTable) {
        return client.restoreTableFromBackup(RestoreTableFromBackupRequest.builder()
                        .backupArn(backupArn)
                        .targetTableName(newTable)
                        .build())
                .tableDescription();
    }
    // end::on-demand[]

    static void demo(DynamoDbBackend ddb, Tables tables) {
        DynamoDbClient client = ddb.client();
        Narrator.section("On-demand backups: the real API");
        String table = tables.reserve("BackedUpOrders");
        tables.createAndWait(OrdersTable.definition(table, null));
        Narrator.step(
                UnsupportedLocally.attempt("CreateBackup", () -> createBackup(client, table, table + "-nightly")));
        Narrator.say("The requests are verified against a mock in OnDemandBackupsTest.");
    }

    public static void main(String[] args) {
        Walkthroughs.run(OnDemandBackups::demo);
    }
}
