package com.example.dynamodb.advanced;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.time.Instant;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ApproximateCreationDateTimePrecision;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.DescribeKinesisStreamingDestinationRequest;
import software.amazon.awssdk.services.dynamodb.model.EnableKinesisStreamingConfiguration;
import software.amazon.awssdk.services.dynamodb.model.EnableKinesisStreamingDestinationRequest;
import software.amazon.awssdk.services.dynamodb.model.EnableKinesisStreamingDestinationResponse;
import software.amazon.awssdk.services.dynamodb.model.ExportDescription;
import software.amazon.awssdk.services.dynamodb.model.ExportFormat;
import software.amazon.awssdk.services.dynamodb.model.ExportTableToPointInTimeRequest;
import software.amazon.awssdk.services.dynamodb.model.ExportType;
import software.amazon.awssdk.services.dynamodb.model.ExportViewType;
import software.amazon.awssdk.services.dynamodb.model.ImportTableDescription;
import software.amazon.awssdk.services.dynamodb.model.ImportTableRequest;
import software.amazon.awssdk.services.dynamodb.model.IncrementalExportSpecification;
import software.amazon.awssdk.services.dynamodb.model.InputCompressionType;
import software.amazon.awssdk.services.dynamodb.model.InputFormat;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KinesisDataStreamDestination;
import software.amazon.awssdk.services.dynamodb.model.S3BucketSource;
import software.amazon.awssdk.services.dynamodb.model.TableCreationParameters;

/**
 * Change data beyond DynamoDB Streams: a Kinesis data stream as the destination of every change
 * (longer retention, more consumers), incremental exports of what changed between two times to S3,
 * and ImportTable, which creates a new table from files in S3. None of them exists in DynamoDB
 * Local; the requests are verified against a mock in the tests.
 */
public final class ChangeDataCapture {

    private ChangeDataCapture() {}

    // tag::kinesis[]
    /** Sends every change of {@code table} to a Kinesis data stream, timestamps to the microsecond. */
    public static EnableKinesisStreamingDestinationResponse streamToKinesis(
            DynamoDbClient client, String table, String kinesisStreamArn) {
        return client.enableKinesisStreamingDestination(EnableKinesisStreamingDestinationRequest.builder()
                .tableName(table)
                .streamArn(kinesisStreamArn)
                // Kinesis may deliver a change twice or out of order: the timestamp orders them.
                .enableKinesisStreamingConfiguration(EnableKinesisStreamingConfiguration.builder()
                        .approximateCreationDateTimePrecision(ApproximateCreationDateTimePrecision.MICROSECOND)
                        .build())
                .build());
    }

    public static List<KinesisDataStreamDestination> kinesisDestinations(DynamoDbClient client, String table) {
        return client.describeKinesisStreamingDestination(DescribeKinesisStreamingDestinationRequest.builder()
                        .tableName(table)
                        .build())
                .kinesisDataStreamDestinations();
    }
    // end::kinesis[]

    // tag::incremental-export[]
    /** Exports what changed in [from, to) to S3, with the item before and after each change. Needs PITR. */
    public static ExportDescription exportChanges(
            DynamoDbClient client, String tableArn, String bucket, String prefix, Instant from, Instant to) {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("An incremental export needs from < to, got " + from + " and " + to);
        }
        return client.exportTableToPointInTime(ExportTableToPointInTimeRequest.builder()
                        .tableArn(tableArn)
                        .s3Bucket(bucket)
                        .s3Prefix(prefix)
                        .exportFormat(ExportFormat.DYNAMODB_JSON)
                        .exportType(ExportType.INCREMENTAL_EXPORT)
                        .incrementalExportSpecification(IncrementalExportSpecification.builder()
                                .exportFromTime(from)
                                .exportToTime(to)
                                .exportViewType(ExportViewType.NEW_AND_OLD_IMAGES)
                                .build())
                        .build())
                .exportDescription();
    }
    // end::incremental-export[]

    // tag::import[]
    /** Creates a NEW table from DynamoDB JSON files (gzipped) under an S3 prefix; reads no capacity. */
    public static ImportTableDescription importFromS3(
            DynamoDbClient client,
            String bucket,
            String prefix,
            String newTable,
            List<AttributeDefinition> attributes,
            List<KeySchemaElement> keySchema) {
        return client.importTable(ImportTableRequest.builder()
                        .s3BucketSource(S3BucketSource.builder()
                                .s3Bucket(bucket)
                                .s3KeyPrefix(prefix)
                                .build())
                        .inputFormat(InputFormat.DYNAMODB_JSON)
                        .inputCompressionType(InputCompressionType.GZIP)
                        .tableCreationParameters(TableCreationParameters.builder()
                                .tableName(newTable)
                                .attributeDefinitions(attributes)
                                .keySchema(keySchema)
                                .billingMode(BillingMode.PAY_PER_REQUEST)
                                .build())
                        .build())
                .importTableDescription();
    }
    // end::import[]

    static void demo(DynamoDbBackend ddb, Tables tables) {
        DynamoDbClient client = ddb.client();
        Narrator.section("Change data beyond Streams: Kinesis, incremental exports, ImportTable");
        String table = tables.reserve("CdcOrders");
        tables.createAndWait(OrdersTable.definition(table, null));
        Narrator.step(UnsupportedLocally.attempt(
                "EnableKinesisStreamingDestination",
                () -> streamToKinesis(client, table, "arn:aws:kinesis:us-east-1:123456789012:stream/orders-changes")));
        Narrator.say("The requests of all three are verified in ChangeDataCaptureTest; the README compares them.");
    }

    public static void main(String[] args) {
        Walkthroughs.run(ChangeDataCapture::demo);
    }
}
