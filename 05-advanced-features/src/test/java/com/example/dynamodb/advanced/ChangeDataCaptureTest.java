package com.example.dynamodb.advanced;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ApproximateCreationDateTimePrecision;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.DescribeKinesisStreamingDestinationRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeKinesisStreamingDestinationResponse;
import software.amazon.awssdk.services.dynamodb.model.DestinationStatus;
import software.amazon.awssdk.services.dynamodb.model.EnableKinesisStreamingConfiguration;
import software.amazon.awssdk.services.dynamodb.model.EnableKinesisStreamingDestinationRequest;
import software.amazon.awssdk.services.dynamodb.model.EnableKinesisStreamingDestinationResponse;
import software.amazon.awssdk.services.dynamodb.model.ExportFormat;
import software.amazon.awssdk.services.dynamodb.model.ExportTableToPointInTimeRequest;
import software.amazon.awssdk.services.dynamodb.model.ExportTableToPointInTimeResponse;
import software.amazon.awssdk.services.dynamodb.model.ExportType;
import software.amazon.awssdk.services.dynamodb.model.ExportViewType;
import software.amazon.awssdk.services.dynamodb.model.ImportTableRequest;
import software.amazon.awssdk.services.dynamodb.model.ImportTableResponse;
import software.amazon.awssdk.services.dynamodb.model.IncrementalExportSpecification;
import software.amazon.awssdk.services.dynamodb.model.InputCompressionType;
import software.amazon.awssdk.services.dynamodb.model.InputFormat;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.KinesisDataStreamDestination;
import software.amazon.awssdk.services.dynamodb.model.S3BucketSource;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableCreationParameters;

/** Kinesis streaming, incremental exports and ImportTable: DynamoDB Local has none, so each request is verified against a mock. */
class ChangeDataCaptureTest {

    private static final String KINESIS_ARN = "arn:aws:kinesis:us-east-1:123456789012:stream/orders-changes";
    private static final String TABLE_ARN = "arn:aws:dynamodb:us-east-1:123456789012:table/Orders";

    private final DynamoDbClient mock = mock(DynamoDbClient.class);

    @Test
    @DisplayName("verifies the requests of streamToKinesis (the table, the Kinesis stream, microsecond timestamps)"
            + " and kinesisDestinations")
    void kinesis() {
        when(mock.enableKinesisStreamingDestination(any(EnableKinesisStreamingDestinationRequest.class)))
                .thenReturn(EnableKinesisStreamingDestinationResponse.builder()
                        .destinationStatus(DestinationStatus.ENABLING)
                        .build());
        when(mock.describeKinesisStreamingDestination(any(DescribeKinesisStreamingDestinationRequest.class)))
                .thenReturn(DescribeKinesisStreamingDestinationResponse.builder()
                        .kinesisDataStreamDestinations(KinesisDataStreamDestination.builder()
                                .streamArn(KINESIS_ARN)
                                .destinationStatus(DestinationStatus.ACTIVE)
                                .build())
                        .build());

        var response = ChangeDataCapture.streamToKinesis(mock, "Orders", KINESIS_ARN);
        List<KinesisDataStreamDestination> destinations = ChangeDataCapture.kinesisDestinations(mock, "Orders");

        verify(mock)
                .enableKinesisStreamingDestination(EnableKinesisStreamingDestinationRequest.builder()
                        .tableName("Orders")
                        .streamArn(KINESIS_ARN)
                        .enableKinesisStreamingConfiguration(EnableKinesisStreamingConfiguration.builder()
                                .approximateCreationDateTimePrecision(ApproximateCreationDateTimePrecision.MICROSECOND)
                                .build())
                        .build());
        verify(mock)
                .describeKinesisStreamingDestination(DescribeKinesisStreamingDestinationRequest.builder()
                        .tableName("Orders")
                        .build());
        assertThat(response.destinationStatus()).isEqualTo(DestinationStatus.ENABLING);
        assertThat(destinations)
                .singleElement()
                .satisfies(d -> assertThat(d.streamArn()).isEqualTo(KINESIS_ARN));
    }

    @Test
    @DisplayName("verifies the request of exportChanges: an INCREMENTAL_EXPORT of [from, to) with old and new images;"
            + " from >= to is refused unsent")
    void incrementalExport() {
        when(mock.exportTableToPointInTime(any(ExportTableToPointInTimeRequest.class)))
                .thenReturn(ExportTableToPointInTimeResponse.builder().build());
        Instant from = Instant.parse("2025-03-01T10:00:00Z"); // an export covers the past
        Instant to = Instant.parse("2025-03-01T11:00:00Z");

        ChangeDataCapture.exportChanges(mock, TABLE_ARN, "my-exports", "orders/changes/", from, to);

        verify(mock)
                .exportTableToPointInTime(ExportTableToPointInTimeRequest.builder()
                        .tableArn(TABLE_ARN)
                        .s3Bucket("my-exports")
                        .s3Prefix("orders/changes/")
                        .exportFormat(ExportFormat.DYNAMODB_JSON)
                        .exportType(ExportType.INCREMENTAL_EXPORT)
                        .incrementalExportSpecification(IncrementalExportSpecification.builder()
                                .exportFromTime(from)
                                .exportToTime(to)
                                .exportViewType(ExportViewType.NEW_AND_OLD_IMAGES)
                                .build())
                        .build());
        DynamoDbClient untouched = mock(DynamoDbClient.class);
        assertThatThrownBy(() -> ChangeDataCapture.exportChanges(untouched, TABLE_ARN, "b", "p", to, from))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("from < to");
        verifyNoInteractions(untouched);
    }

    @Test
    @DisplayName("verifies the request of importFromS3: a new table, from gzipped DynamoDB JSON under the prefix")
    void importTable() {
        when(mock.importTable(any(ImportTableRequest.class)))
                .thenReturn(ImportTableResponse.builder().build());
        List<AttributeDefinition> attributes = List.of(AttributeDefinition.builder()
                .attributeName("customerId")
                .attributeType(ScalarAttributeType.S)
                .build());
        List<KeySchemaElement> keys = List.of(KeySchemaElement.builder()
                .attributeName("customerId")
                .keyType(KeyType.HASH)
                .build());

        ChangeDataCapture.importFromS3(mock, "my-exports", "orders/data/", "Orders-imported", attributes, keys);

        verify(mock)
                .importTable(ImportTableRequest.builder()
                        .s3BucketSource(S3BucketSource.builder()
                                .s3Bucket("my-exports")
                                .s3KeyPrefix("orders/data/")
                                .build())
                        .inputFormat(InputFormat.DYNAMODB_JSON)
                        .inputCompressionType(InputCompressionType.GZIP)
                        .tableCreationParameters(TableCreationParameters.builder()
                                .tableName("Orders-imported")
                                .attributeDefinitions(attributes)
                                .keySchema(keys)
                                .billingMode(BillingMode.PAY_PER_REQUEST)
                                .build())
                        .build());
    }
}
