package com.example.dynamodb.advanced;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BackupDescription;
import software.amazon.awssdk.services.dynamodb.model.BackupDetails;
import software.amazon.awssdk.services.dynamodb.model.BackupSummary;
import software.amazon.awssdk.services.dynamodb.model.ContinuousBackupsDescription;
import software.amazon.awssdk.services.dynamodb.model.CreateBackupRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeBackupRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ExportDescription;
import software.amazon.awssdk.services.dynamodb.model.ExportFormat;
import software.amazon.awssdk.services.dynamodb.model.ExportTableToPointInTimeRequest;
import software.amazon.awssdk.services.dynamodb.model.ListBackupsRequest;
import software.amazon.awssdk.services.dynamodb.model.ListBackupsResponse;
import software.amazon.awssdk.services.dynamodb.model.PointInTimeRecoverySpecification;
import software.amazon.awssdk.services.dynamodb.model.RestoreTableFromBackupRequest;
import software.amazon.awssdk.services.dynamodb.model.RestoreTableToPointInTimeRequest;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.UpdateContinuousBackupsRequest;

/**
 * On-demand backups (full copies kept until you delete them) and point-in-time recovery (continuous
 * backups, restorable to any second of the last 1 to 35 days). A restore always creates a new table.
 * DynamoDB Local has neither: these requests are verified against a mock in the tests, and
 * {@link #requireSupported} turns Local's refusal into a sentence. {@link LogicalBackup} runs locally.
 */
public final class Backups {

    private Backups() {}

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

    // tag::pitr[]
    /** Turns on point-in-time recovery, keeping {@code days} (1 to 35) of continuous backups. */
    public static ContinuousBackupsDescription enablePointInTimeRecovery(
            DynamoDbClient client, String table, int days) {
        if (days < 1 || days > 35) {
            throw new IllegalArgumentException("The recovery period is 1 to 35 days, got " + days);
        }
        return client.updateContinuousBackups(UpdateContinuousBackupsRequest.builder()
                        .tableName(table)
                        .pointInTimeRecoverySpecification(PointInTimeRecoverySpecification.builder()
                                .pointInTimeRecoveryEnabled(true)
                                .recoveryPeriodInDays(days)
                                .build())
                        .build())
                .continuousBackupsDescription();
    }

    /** Restores the table as it was at {@code time} into a new table. */
    public static TableDescription restoreToPointInTime(
            DynamoDbClient client, String table, String newTable, Instant time) {
        return client.restoreTableToPointInTime(RestoreTableToPointInTimeRequest.builder()
                        .sourceTableName(table)
                        .targetTableName(newTable)
                        .restoreDateTime(time)
                        .build())
                .tableDescription();
    }

    // end::pitr[]

    // tag::export[]
    /** Exports the table as it was at {@code time} to S3, in DynamoDB JSON; reads no capacity. */
    public static ExportDescription exportToS3(
            DynamoDbClient client, String tableArn, String bucket, String prefix, Instant time) {
        return client.exportTableToPointInTime(ExportTableToPointInTimeRequest.builder()
                        .tableArn(tableArn)
                        .s3Bucket(bucket)
                        .s3Prefix(prefix)
                        .exportTime(time)
                        .exportFormat(ExportFormat.DYNAMODB_JSON)
                        .build())
                .exportDescription();
    }
    // end::export[]

    // tag::refusal[]
    /** Runs {@code call}; where DynamoDB lacks the operation (DynamoDB Local), says so in a sentence. */
    public static <T> T requireSupported(String operation, Supplier<T> call) {
        String unsupported = operation + " is not available here: DynamoDB Local does not implement it";
        try {
            return call.get();
        } catch (DynamoDbException e) {
            String code =
                    e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
            if (!"UnknownOperationException".equals(code)) {
                throw e;
            }
            throw new UnsupportedOperationException(
                    unsupported + " (it answered \"" + e.awsErrorDetails().errorMessage()
                            + "\"). Run it against a table on AWS.",
                    e);
        } catch (UnsupportedOperationException e) { // the embedded engine's client lacks some methods
            throw new UnsupportedOperationException(
                    unsupported + " (its in-process client has no such" + " method). Run it against a table on AWS.",
                    e);
        }
    }
    // end::refusal[]

    static void demo(DynamoDbBackend ddb, Tables tables) {
        DynamoDbClient client = ddb.client();
        Narrator.section("On-demand backups and point-in-time recovery: the real API");
        String table = tables.reserve("BackedUpOrders");
        tables.createAndWait(OrdersTable.definition(table, null));
        show("CreateBackup", () -> createBackup(client, table, table + "-nightly"));
        show("UpdateContinuousBackups", () -> enablePointInTimeRecovery(client, table, 35));
        Narrator.say("Locally, LogicalBackup exports and restores a table for real (next section).");
    }

    private static void show(String operation, Supplier<?> call) {
        try {
            Narrator.step(operation + ": " + requireSupported(operation, call));
        } catch (UnsupportedOperationException e) {
            Narrator.step(e.getMessage());
        }
    }

    public static void main(String[] args) {
        Walkthroughs.run(Backups::demo);
    }
}
