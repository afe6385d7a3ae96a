package com.example.dynamodb.advanced;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.dynamodb.support.Backend;
import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/** The demos' adapter for what DynamoDB Local lacks, and what Local really answers (measured on 3.3.1). */
@DynamoDbTest
class UnsupportedLocallyTest {

    private static final String KINESIS_ARN = "arn:aws:kinesis:us-east-1:123456789012:stream/orders-changes";

    static Stream<Arguments> localRefusals() {
        return Stream.of(
                Arguments.of("CreateBackup", "Backup operations are currently not supported"),
                Arguments.of("ListBackups", "Backup operations are currently not supported"),
                Arguments.of("UpdateContinuousBackups", "Continuous backup operations are currently not supported"),
                Arguments.of("ExportTableToPointInTime", "Export operations are not supported"),
                Arguments.of("EnableKinesisStreamingDestination", "Kinesis streaming operations are not supported"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("localRefusals")
    @Tag("local-differs") // AWS implements these operations; DynamoDB Local answers UnknownOperationException
    @DisplayName("DynamoDB Local differs: it refuses the operation, and the demos say so in one sentence naming it")
    void localRefusal(
            String operation, String localMessage, DynamoDbBackend backend, DynamoDbClient client, Tables tables) {
        String table = tables.reserve("Orders");
        tables.createAndWait(OrdersTable.definition(table, null));
        String tableArn = client.describeTable(b -> b.tableName(table)).table().tableArn();
        Supplier<Object> call = switch (operation) {
            case "CreateBackup" -> () -> OnDemandBackups.createBackup(client, table, "b");
            case "ListBackups" -> () -> OnDemandBackups.listBackups(client, table);
            case "UpdateContinuousBackups" -> () -> PointInTimeRecovery.enablePointInTimeRecovery(client, table, 35);
            case "ExportTableToPointInTime" ->
                () -> PointInTimeRecovery.exportToS3(client, tableArn, "bucket", "prefix", Instant.now());
            default -> () -> ChangeDataCapture.streamToKinesis(client, table, KINESIS_ARN);
        };

        assertThatThrownBy(() -> UnsupportedLocally.run(operation, call))
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
    @Tag("local-differs") // AWS implements ImportTable; DynamoDB Local's in-process client has no such method
    @DisplayName("DynamoDB Local differs: ImportTable is refused too, by either backend, in the same kind of sentence")
    void localImportTable(DynamoDbClient client, Tables tables) {
        assertThatThrownBy(() -> UnsupportedLocally.run(
                        "ImportTable",
                        () -> ChangeDataCapture.importFromS3(
                                client,
                                "b",
                                "p/",
                                tables.reserve("Imported"),
                                List.of(AttributeDefinition.builder()
                                        .attributeName("customerId")
                                        .attributeType("S")
                                        .build()),
                                List.of(KeySchemaElement.builder()
                                        .attributeName("customerId")
                                        .keyType("HASH")
                                        .build()))))
                .isInstanceOf(UnsupportedOperationException.class)
                // The in-process engine's client lacks the method; its HTTP server answers "unknown operation".
                .hasMessageStartingWith("ImportTable is not available here: DynamoDB Local does not implement it")
                .hasMessageEndingWith("Run it against a table on AWS.");
    }

    @Test
    @DisplayName("any other error passes through unchanged")
    void otherErrorsPassThrough() {
        ResourceNotFoundException missing =
                ResourceNotFoundException.builder().message("Table not found").build();

        assertThatThrownBy(() -> UnsupportedLocally.run("CreateBackup", () -> {
                    throw missing;
                }))
                .isSameAs(missing);
    }

    @Test
    @DisplayName("the in-process client's missing methods end in the same kind of sentence")
    void embeddedClientLacksMethod() {
        assertThatThrownBy(() -> UnsupportedLocally.run("ImportTable", () -> {
                    throw new UnsupportedOperationException(); // what the in-process client throws
                }))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessage("ImportTable is not available here: DynamoDB Local does not implement it (its"
                        + " in-process client has no such method). Run it against a table on AWS.");
    }

    @Test
    @DisplayName("a demo gets the result of a call that works, or the sentence")
    void attempt() {
        assertThat(UnsupportedLocally.attempt("DescribeLimits", () -> "80000")).isEqualTo("DescribeLimits: 80000");
        assertThat(UnsupportedLocally.attempt("CreateBackup", () -> {
                    throw new UnsupportedOperationException();
                }))
                .startsWith("CreateBackup is not available here");
    }
}
