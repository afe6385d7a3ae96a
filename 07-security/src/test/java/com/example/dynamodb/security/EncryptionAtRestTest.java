package com.example.dynamodb.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.RecordingClient;
import com.example.dynamodb.support.Tables;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableResponse;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.SSEDescription;
import software.amazon.awssdk.services.dynamodb.model.SSESpecification;
import software.amazon.awssdk.services.dynamodb.model.SSEStatus;
import software.amazon.awssdk.services.dynamodb.model.SSEType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.UpdateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateTableResponse;

@DynamoDbTest(sdkClient = true) // one engine per test JVM: the encryption tests need the server anyway
class EncryptionAtRestTest {

    private static final String KEY = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";

    @Test
    @DisplayName(
            "verifies the CreateTable request: SSESpecification enabled, type KMS, with the customer managed key's ARN")
    void customerManagedKey() {
        CreateTableRequest request = EncryptionAtRest.withCustomerManagedKey("Secrets", KEY);

        assertThat(request.sseSpecification())
                .isEqualTo(SSESpecification.builder()
                        .enabled(true)
                        .sseType(SSEType.KMS)
                        .kmsMasterKeyId(KEY)
                        .build());
    }

    @Test
    @DisplayName(
            "verifies the UpdateTable requests: KMS without a key id for aws/dynamodb, enabled=false for the AWS owned key")
    void switchKeys() {
        RecordingClient recorder = RecordingClient.of(CannedResponses.client(
                UpdateTableResponse.builder().build(),
                UpdateTableResponse.builder().build()));

        EncryptionAtRest.useAwsManagedKey(recorder.client(), "Secrets");
        EncryptionAtRest.useAwsOwnedKey(recorder.client(), "Secrets");

        assertThat(recorder.calls()).hasSize(2);
        assertThat(recorder.requests(UpdateTableRequest.class))
                .containsExactly(
                        UpdateTableRequest.builder()
                                .tableName("Secrets")
                                .sseSpecification(SSESpecification.builder()
                                        .enabled(true)
                                        .sseType(SSEType.KMS)
                                        .build())
                                .build(),
                        UpdateTableRequest.builder()
                                .tableName("Secrets")
                                .sseSpecification(SSESpecification.builder()
                                        .enabled(false)
                                        .build())
                                .build());
    }

    @Test
    @DisplayName(
            "reads a DescribeTable response (canned): an SSEDescription names the KMS key; none means the AWS owned key")
    void describeKey() {
        DynamoDbClient client = CannedResponses.client(
                DescribeTableResponse.builder()
                        .table(TableDescription.builder()
                                .sseDescription(SSEDescription.builder()
                                        .status(SSEStatus.ENABLED)
                                        .sseType(SSEType.KMS)
                                        .kmsMasterKeyArn(KEY)
                                        .build())
                                .build())
                        .build(),
                DescribeTableResponse.builder()
                        .table(TableDescription.builder().build())
                        .build());

        assertThat(EncryptionAtRest.describeKey(client, "Secrets")).isEqualTo("KMS key " + KEY + " (ENABLED)");
        assertThat(EncryptionAtRest.describeKey(client, "Secrets")).isEqualTo("AWS owned key");
    }

    @Test
    @DisplayName("DynamoDB Local accepts SSESpecification on CreateTable and ignores it: no SSEDescription comes back")
    void localAcceptsAndIgnores(DynamoDbClient client, Tables tables) {
        String table = tables.reserve("Secrets");
        tables.createAndWait(EncryptionAtRest.withCustomerManagedKey(table, KEY));

        TableDescription described =
                client.describeTable(b -> b.tableName(table)).table();
        assertThat(described.sseDescription()).isNull();
        assertThat(EncryptionAtRest.describeKey(client, table)).isEqualTo("AWS owned key");
    }

    @Test
    @Tag("local-differs") // AWS switches to the AWS managed key; DynamoDB Local 3.3.1 answers 'Nothing to update'
    @DisplayName("DynamoDB Local answers an SSE-only UpdateTable with a ValidationException: nothing to update")
    void localUpdateTable(DynamoDbClient client, Tables tables) {
        String table = tables.reserve("Secrets");
        tables.createAndWait(EncryptionAtRest.withCustomerManagedKey(table, KEY));

        assertThatThrownBy(() -> EncryptionAtRest.useAwsManagedKey(client, table))
                .isInstanceOf(DynamoDbException.class)
                .satisfies(e -> assertThat(
                                ((DynamoDbException) e).awsErrorDetails().errorCode())
                        .isEqualTo("ValidationException"))
                .hasMessageContaining("Nothing to update");
    }
}
