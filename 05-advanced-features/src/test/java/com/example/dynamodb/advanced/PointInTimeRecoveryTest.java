package com.example.dynamodb.advanced;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ContinuousBackupsDescription;
import software.amazon.awssdk.services.dynamodb.model.ExportFormat;
import software.amazon.awssdk.services.dynamodb.model.ExportTableToPointInTimeRequest;
import software.amazon.awssdk.services.dynamodb.model.ExportTableToPointInTimeResponse;
import software.amazon.awssdk.services.dynamodb.model.PointInTimeRecoverySpecification;
import software.amazon.awssdk.services.dynamodb.model.RestoreTableToPointInTimeRequest;
import software.amazon.awssdk.services.dynamodb.model.RestoreTableToPointInTimeResponse;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.UpdateContinuousBackupsRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateContinuousBackupsResponse;

/** Point-in-time recovery and exports: DynamoDB Local has neither, so each request is verified against a mock. */
class PointInTimeRecoveryTest {

    private static final Instant TEN_AM = Instant.parse("2025-03-01T10:00:00Z"); // a restore point: in the past

    private final DynamoDbClient mock = mock(DynamoDbClient.class);

    @Test
    @DisplayName(
            "verifies the request of enablePointInTimeRecovery: PITR on, with its recovery period; 0 or 36 days is refused unsent")
    void pointInTimeRecovery() {
        when(mock.updateContinuousBackups(any(UpdateContinuousBackupsRequest.class)))
                .thenReturn(UpdateContinuousBackupsResponse.builder()
                        .continuousBackupsDescription(
                                ContinuousBackupsDescription.builder().build())
                        .build());

        PointInTimeRecovery.enablePointInTimeRecovery(mock, "Orders", 7);

        verify(mock)
                .updateContinuousBackups(UpdateContinuousBackupsRequest.builder()
                        .tableName("Orders")
                        .pointInTimeRecoverySpecification(PointInTimeRecoverySpecification.builder()
                                .pointInTimeRecoveryEnabled(true)
                                .recoveryPeriodInDays(7)
                                .build())
                        .build());
        DynamoDbClient untouched = mock(DynamoDbClient.class);
        assertThatThrownBy(() -> PointInTimeRecovery.enablePointInTimeRecovery(untouched, "Orders", 0))
                .hasMessage("The recovery period is 1 to 35 days, got 0");
        assertThatThrownBy(() -> PointInTimeRecovery.enablePointInTimeRecovery(untouched, "Orders", 36))
                .hasMessage("The recovery period is 1 to 35 days, got 36");
        verifyNoInteractions(untouched);
    }

    @Test
    @DisplayName("verifies the requests of restoreToPointInTime (source, new table, time) and exportToS3 (bucket,"
            + " prefix, time, format)")
    void restoreAndExportAtATime() {
        when(mock.restoreTableToPointInTime(any(RestoreTableToPointInTimeRequest.class)))
                .thenReturn(RestoreTableToPointInTimeResponse.builder()
                        .tableDescription(TableDescription.builder().build())
                        .build());
        when(mock.exportTableToPointInTime(any(ExportTableToPointInTimeRequest.class)))
                .thenReturn(ExportTableToPointInTimeResponse.builder().build());
        String tableArn = "arn:aws:dynamodb:us-east-1:123456789012:table/Orders";

        PointInTimeRecovery.restoreToPointInTime(mock, "Orders", "Orders-before-the-bug", TEN_AM);
        PointInTimeRecovery.exportToS3(mock, tableArn, "my-exports", "orders/", TEN_AM);

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
}
