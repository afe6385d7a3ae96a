package com.example.dynamodb.advanced;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BackupDescription;
import software.amazon.awssdk.services.dynamodb.model.BackupDetails;
import software.amazon.awssdk.services.dynamodb.model.BackupSummary;
import software.amazon.awssdk.services.dynamodb.model.CreateBackupRequest;
import software.amazon.awssdk.services.dynamodb.model.CreateBackupResponse;
import software.amazon.awssdk.services.dynamodb.model.DescribeBackupRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeBackupResponse;
import software.amazon.awssdk.services.dynamodb.model.ListBackupsRequest;
import software.amazon.awssdk.services.dynamodb.model.ListBackupsResponse;
import software.amazon.awssdk.services.dynamodb.model.RestoreTableFromBackupRequest;
import software.amazon.awssdk.services.dynamodb.model.RestoreTableFromBackupResponse;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/** On-demand backups: DynamoDB Local has none, so each request is verified against a mock, not run. */
class OnDemandBackupsTest {

    private static final String BACKUP_ARN = "arn:aws:dynamodb:us-east-1:123456789012:table/Orders/backup/01";

    private final DynamoDbClient mock = mock(DynamoDbClient.class);

    @Test
    @DisplayName("verifies the request of createBackup: the table and the backup's name")
    void createBackup() {
        when(mock.createBackup(any(CreateBackupRequest.class)))
                .thenReturn(CreateBackupResponse.builder()
                        .backupDetails(
                                BackupDetails.builder().backupArn(BACKUP_ARN).build())
                        .build());

        BackupDetails details = OnDemandBackups.createBackup(mock, "Orders", "orders-nightly");

        verify(mock)
                .createBackup(CreateBackupRequest.builder()
                        .tableName("Orders")
                        .backupName("orders-nightly")
                        .build());
        assertThat(details.backupArn()).isEqualTo(BACKUP_ARN);
    }

    @Test
    @DisplayName("verifies the requests of listBackups: it follows LastEvaluatedBackupArn over every page")
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

        assertThat(OnDemandBackups.listBackups(mock, "Orders"))
                .extracting(BackupSummary::backupName)
                .containsExactly("b1", "b2", "b3");
    }

    @Test
    @DisplayName(
            "verifies the requests of describeBackup and restoreFromBackup: the backup's ARN, and a new table's name")
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

        OnDemandBackups.describeBackup(mock, BACKUP_ARN);
        TableDescription restored = OnDemandBackups.restoreFromBackup(mock, BACKUP_ARN, "Orders-restored");

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
}
