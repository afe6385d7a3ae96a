package com.example.dynamodb.advanced;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.time.Instant;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ContinuousBackupsDescription;
import software.amazon.awssdk.services.dynamodb.model.ExportDescription;
import software.amazon.awssdk.services.dynamodb.model.ExportFormat;
import software.amazon.awssdk.services.dynamodb.model.ExportTableToPointInTimeRequest;
import software.amazon.awssdk.services.dynamodb.model.PointInTimeRecoverySpecification;
import software.amazon.awssdk.services.dynamodb.model.RestoreTableToPointInTimeRequest;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.UpdateContinuousBackupsRequest;

/**
 * Point-in-time recovery (PITR): continuous backups, restorable to any second of the last 1 to 35
 * days, always into a new table; and exports of the table as it was at a time, to S3, which need
 * PITR. DynamoDB Local has none of these: the tests verify the requests against a mock.
 */
public final class PointInTimeRecovery {

    private PointInTimeRecovery() {}

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

    static void demo(DynamoDbBackend ddb, Tables tables) {
        DynamoDbClient client = ddb.client();
        Narrator.section("Point-in-time recovery: the real API");
        String table = tables.reserve("RecoverableOrders");
        tables.createAndWait(OrdersTable.definition(table, null));
        Narrator.step(UnsupportedLocally.attempt(
                "UpdateContinuousBackups", () -> enablePointInTimeRecovery(client, table, 35)));
        Narrator.say("The requests are verified against a mock in PointInTimeRecoveryTest;"
                + " locally, LogicalBackup exports and restores a table for real (next section).");
    }

    public static void main(String[] args) {
        Walkthroughs.run(PointInTimeRecovery::demo);
    }
}
