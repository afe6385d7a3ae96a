package com.example.dynamodb.advanced;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.example.dynamodb.support.Backend;
import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.time.Instant;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BackupDescription;
import software.amazon.awssdk.services.dynamodb.model.BackupDetails;
import software.amazon.awssdk.services.dynamodb.model.BackupSummary;
import software.amazon.awssdk.services.dynamodb.model.ContinuousBackupsDescription;
import software.amazon.awssdk.services.dynamodb.model.CreateBackupRequest;
import software.amazon.awssdk.services.dynamodb.model.CreateBackupResponse;
import software.amazon.awssdk.services.dynamodb.model.DescribeBackupRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeBackupResponse;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ExportFormat;
import software.amazon.awssdk.services.dynamodb.model.ExportTableToPointInTimeRequest;
import software.amazon.awssdk.services.dynamodb.model.ExportTableToPointInTimeResponse;
import software.amazon.awssdk.services.dynamodb.model.ListBackupsRequest;
import software.amazon.awssdk.services.dynamodb.model.ListBackupsResponse;
import software.amazon.awssdk.services.dynamodb.model.PointInTimeRecoverySpecification;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.RestoreTableFromBackupRequest;
import software.amazon.awssdk.services.dynamodb.model.RestoreTableFromBackupResponse;
import software.amazon.awssdk.services.dynamodb.model.RestoreTableToPointInTimeRequest;
import software.amazon.awssdk.services.dynamodb.model.RestoreTableToPointInTimeResponse;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.UpdateContinuousBackupsRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateContinuousBackupsResponse;

/** The real backup and PITR API, verified against a mock; and what DynamoDB Local answers. */
@DynamoDbTest
class BackupsTest {

    private static final String BACKUP_ARN = "arn:aws:dynamodb:us-east-1:123456789012:table/Orders/backup/01";
    private static final Instant TEN_AM = Instant.parse("2030-03-01T10:00:00Z");

    private final DynamoDbClient mock = mock(DynamoDbClient.class);

    @Test
    @DisplayName("createBackup sends the table and the backup's name")
    void createBackup() {
        when(mock.createBackup(any(CreateBackupRequest.class)))
                .thenReturn(CreateBackupResponse.builder()
                        .backupDetails(
                                BackupDetails.builder().backupArn(BACKUP_ARN).build())
                        .build());

        BackupDetails details = Backups.createBackup(mock, "Orders", "orders-nightly");

        verify(mock)
                .createBackup(CreateBackupRequest.builder()
                        .tableName("Orders")
                        .backupName("orders-nightly")
                        .build());
        assertThat(details.backupArn()).isEqualTo(BACKUP_ARN);
    }

    @Test
    @DisplayName("listBackups follows LastEvaluatedBackupArn over every page")
    void listBackupsPages() {
        when(mock.listBackups(ListBackupsRequest.builder().tableName("Orders").build()))
                .thenReturn(ListBackupsResponse.builder()
                        .backupSummaries(
                                BackupSummary.builder().backupName("b1").build())
                        .lastEvaluatedBackupArn("arn-b1")
                        .build());
        when(mock.listBackups(ListBackupsRequest.builder()
                        .tableName("Orders")
                        .exclusiveStartBackupArn("arn-b1")
                        .build()))
                .thenReturn(ListBackupsResponse.builder()
                        .backupSummaries(
                                BackupSummary.builder().backupName("b2").build(),
                                BackupSummary.builder().backupName("b3").build())
                        .build());

        assertThat(Backups.listBackups(mock, "Orders"))
                .extracting(BackupSummary::backupName)
                .containsExactly("b1", "b2", "b3");
    }

    @Test
    @DisplayName("describeBackup and restoreFromBackup send the backup's ARN; the restore names a new table")
    void describeAndRestore() {
        when(mock.describeBackup(any(DescribeBackupRequest.class)))
                .thenReturn(DescribeBackupResponse.builder()
                        .backupDescription(BackupDescription.builder().build())
                        .build());
        when(mock.restoreTableFromBackup(any(RestoreTableFromBackupRequest.class)))
                .thenReturn(RestoreTableFromBackupResponse.builder()
                        .tableDescription(TableDescription.builder()
                                .tableName("Orders-restored")
                                .build())
                        .build());

        Backups.describeBackup(mock, BACKUP_ARN);
        TableDescription restored = Backups.restoreFromBackup(mock, BACKUP_ARN, "Orders-restored");

        verify(mock)
                .describeBackup(
                        DescribeBackupRequest.builder().backupArn(BACKUP_ARN).build());
        verify(mock)
                .restoreTableFromBackup(RestoreTableFromBackupRequest.builder()
                        .backupArn(BACKUP_ARN)
                        .targetTableName("Orders-restored")
                        .build());
        assertThat(restored.tableName()).isEqualTo("Orders-restored");
    }

    @Test
    @DisplayName("enablePointInTimeRecovery turns PITR on with its recovery period; 0 or 36 days is refused unsent")
    void pointInTimeRecovery() {
        when(mock.updateContinuousBackups(any(UpdateContinuousBackupsRequest.class)))
                .thenReturn(UpdateContinuousBackupsResponse.builder()
                        .continuousBackupsDescription(
                                ContinuousBackupsDescription.builder().build())
                        .build());

        Backups.enablePointInTimeRecovery(mock, "Orders", 7);

        verify(mock)
                .updateContinuousBackups(UpdateContinuousBackupsRequest.builder()
                        .tableName("Orders")
                        .pointInTimeRecoverySpecification(PointInTimeRecoverySpecification.builder()
                                .pointInTimeRecoveryEnabled(true)
                                .recoveryPeriodInDays(7)
                                .build())
                        .build());
        DynamoDbClient untouched = mock(DynamoDbClient.class);
        assertThatThrownBy(() -> Backups.enablePointInTimeRecovery(untouched, "Orders", 0))
                .hasMessage("The recovery period is 1 to 35 days, got 0");
        assertThatThrownBy(() -> Backups.enablePointInTimeRecovery(untouched, "Orders", 36))
                .hasMessage("The recovery period is 1 to 35 days, got 36");
        verifyNoInteractions(untouched);
    }

    @Test
    @DisplayName(
            "restoreToPointInTime names source, new table and time; exportToS3 the bucket, prefix, time and format")
    void restoreAndExportAtATime() {
        when(mock.restoreTableToPointInTime(any(RestoreTableToPointInTimeRequest.class)))
                .thenReturn(RestoreTableToPointInTimeResponse.builder()
                        .tableDescription(TableDescription.builder().build())
                        .build());
        when(mock.exportTableToPointInTime(any(ExportTableToPointInTimeRequest.class)))
                .thenReturn(ExportTableToPointInTimeResponse.builder().build());
        String tableArn = "arn:aws:dynamodb:us-east-1:123456789012:table/Orders";

        Backups.restoreToPointInTime(mock, "Orders", "Orders-before-the-bug", TEN_AM);
        Backups.exportToS3(mock, tableArn, "my-exports", "orders/", TEN_AM);

        verify(mock)
                .restoreTableToPointInTime(RestoreTableToPointInTimeRequest.builder()
                        .sourceTableName("Orders")
                        .targetTableName("Orders-before-the-bug")
                        .restoreDateTime(TEN_AM)
                        .build());
        verify(mock)
                .exportTableToPointInTime(ExportTableToPointInTimeRequest.builder()
                        .tableArn(tableArn)
                        .s3Bucket("my-exports")
                        .s3Prefix("orders/")
                        .exportTime(TEN_AM)
                        .exportFormat(ExportFormat.DYNAMODB_JSON)
                        .build());
    }

    static Stream<Arguments> localRefusals() {
        return Stream.of(
                Arguments.of("CreateBackup", "Backup operations are currently not supported"),
                Arguments.of("ListBackups", "Backup operations are currently not supported"),
                Arguments.of("UpdateContinuousBackups", "Continuous backup operations are currently not supported"),
                Arguments.of("ExportTableToPointInTime", "Export operations are not supported"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("localRefusals")
    @DisplayName("on DynamoDB Local each backup operation ends in one sentence that names it and says where it runs")
    void localRefusal(
            String operation, String localMessage, DynamoDbBackend backend, DynamoDbClient client, Tables tables) {
        String table = tables.reserve("Orders");
        tables.createAndWait(OrdersTable.definition(table, null));
        String tableArn = client.describeTable(b -> b.tableName(table)).table().tableArn();
        Supplier<Object> call = switch (operation) {
            case "CreateBackup" -> () -> Backups.createBackup(client, table, "b");
            case "ListBackups" -> () -> Backups.listBackups(client, table);
            case "UpdateContinuousBackups" -> () -> Backups.enablePointInTimeRecovery(client, table, 35);
            default -> () -> Backups.exportToS3(client, tableArn, "bucket", "prefix", Instant.now());
        };

        assertThatThrownBy(() -> Backups.requireSupported(operation, call))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessageStartingWith(operation + " is not available here: DynamoDB Local does not implement it")
                // The in-process engine names the feature; its HTTP server answers generically (measured).
                .hasMessageContaining(
                        backend.kind() == Backend.EMBEDDED ? localMessage : "An unknown operation was requested.")
                .hasMessageEndingWith("Run it against a table on AWS.")
                .cause()
                .satisfies(cause -> assertThat(
                                ((DynamoDbException) cause).awsErrorDetails().errorCode())
                        .isEqualTo("UnknownOperationException"));
    }

    @Test
    @DisplayName("any other error passes through unchanged")
    void otherErrorsPassThrough() {
        ResourceNotFoundException missing =
                ResourceNotFoundException.builder().message("Table not found").build();

        assertThatThrownBy(() -> Backups.requireSupported("CreateBackup", () -> {
                    throw missing;
                }))
                .isSameAs(missing);
    }

    @Test
    @DisplayName("the embedded engine's missing methods end in the same kind of sentence")
    void embeddedClientLacksMethod() {
        assertThatThrownBy(() -> Backups.requireSupported("ImportTable", () -> {
                    throw new UnsupportedOperationException(); // what the in-process client throws
                }))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessage("ImportTable is not available here: DynamoDB Local does not implement it (its"
                        + " in-process client has no such method). Run it against a table on AWS.");
    }
}
