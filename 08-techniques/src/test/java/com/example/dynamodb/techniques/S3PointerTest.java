package com.example.dynamodb.techniques;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.io.InputStream;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.MockMakers;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.DeleteObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** S3 is a Mockito mock: the requests are verified exactly; DynamoDB is DynamoDB Local. */
@DynamoDbTest
class S3PointerTest {

    private static String table(Tables tables) {
        String table = tables.reserve("Documents");
        tables.createAndWait(SimpleTables.pkSk(table));
        return table;
    }

    /** A subclass mock: S3Client is a large interface, and this mock maker builds it several times faster. */
    private static S3Client mockS3() {
        return mock(S3Client.class, withSettings().mockMaker(MockMakers.SUBCLASS));
    }

    private static S3Client s3() {
        S3Client s3 = mockS3();
        when(s3.putObject(any(PutObjectRequest.class), any(RequestBody.class)))
                .thenReturn(PutObjectResponse.builder().build());
        return s3;
    }

    @Test
    @DisplayName("the document goes to S3 (bucket, key, length, bytes verified); DynamoDB keeps a small pointer")
    void storesAPointer(DynamoDbClient client, Tables tables) throws Exception {
        String table = table(tables);
        S3Client s3 = s3();
        byte[] document = S3Pointer.document(300 * 1024);

        Map<String, AttributeValue> pointer = S3Pointer.store(s3, "docs-bucket", client, table, "d1", document);

        ArgumentCaptor<PutObjectRequest> request = ArgumentCaptor.forClass(PutObjectRequest.class);
        ArgumentCaptor<RequestBody> body = ArgumentCaptor.forClass(RequestBody.class);
        verify(s3).putObject(request.capture(), body.capture());
        assertThat(request.getValue())
                .isEqualTo(PutObjectRequest.builder()
                        .bucket("docs-bucket")
                        .key("documents/d1")
                        .contentLength((long) document.length)
                        .build());
        try (InputStream sent = body.getValue().contentStreamProvider().newStream()) {
            assertThat(sent.readAllBytes()).isEqualTo(document);
        }
        assertThat(client.getItem(b -> b.tableName(table).key(Map.of("pk", pointer.get("pk"), "sk", pointer.get("sk"))))
                        .item())
                .isEqualTo(pointer)
                .containsEntry("sha256", AttributeValue.fromS(S3Pointer.sha256(document)));
    }

    @Test
    @DisplayName("the pointer costs 1 WCU where the same 300 KB inline cost 301; 500 KB inline is refused")
    void measured(DynamoDbClient client, Tables tables) {
        String table = table(tables);

        SizeComparison result = S3Pointer.measure(s3(), client, table);

        assertThat(result.wcuBefore()).isEqualTo(301.0).isEqualTo(ItemSize.writeUnits(result.bytesBefore()));
        assertThat(result.wcuAfter()).isEqualTo(1.0);
        assertThatThrownBy(() -> client.putItem(b -> b.tableName(table)
                        .item(Map.of(
                                "pk", AttributeValue.fromS("DOC#big"),
                                "sk", AttributeValue.fromS("INLINE"),
                                "body", AttributeValue.fromB(SdkBytes.fromByteArray(S3Pointer.document(500 * 1024)))))))
                .isInstanceOf(DynamoDbException.class)
                .hasMessageContaining("Item size has exceeded the maximum allowed size");
    }

    @Test
    @DisplayName("load follows the pointer, fetches the object, and refuses one whose checksum does not match")
    void load(DynamoDbClient client, Tables tables) {
        String table = table(tables);
        S3Client s3 = s3();
        byte[] document = S3Pointer.document(2_000);
        S3Pointer.store(s3, "docs-bucket", client, table, "d2", document);
        GetObjectRequest get = GetObjectRequest.builder()
                .bucket("docs-bucket")
                .key("documents/d2")
                .build();

        when(s3.getObjectAsBytes(get))
                .thenReturn(
                        ResponseBytes.fromByteArray(GetObjectResponse.builder().build(), document));
        assertThat(S3Pointer.load(s3, client, table, "d2")).isEqualTo(document);

        when(s3.getObjectAsBytes(get))
                .thenReturn(
                        ResponseBytes.fromByteArray(GetObjectResponse.builder().build(), new byte[] {1, 2, 3}));
        assertThatThrownBy(() -> S3Pointer.load(s3, client, table, "d2"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("does not match its pointer's checksum");
    }

    @Test
    @DisplayName("if S3 refuses the upload, no pointer is written")
    void s3FailureWritesNothing(DynamoDbClient client, Tables tables) {
        String table = table(tables);
        S3Client s3 = mockS3();
        when(s3.putObject(any(PutObjectRequest.class), any(RequestBody.class)))
                .thenThrow(S3Exception.builder()
                        .message("Access Denied")
                        .statusCode(403)
                        .build());

        assertThatThrownBy(() -> S3Pointer.store(s3, "docs-bucket", client, table, "d3", new byte[10]))
                .isInstanceOf(S3Exception.class);
        assertThat(client.scan(b -> b.tableName(table)).count()).isZero();
    }

    @Test
    @DisplayName("if DynamoDB refuses the pointer, the uploaded object is deleted again: no orphan")
    void dynamoFailureRemovesTheObject(DynamoDbClient client) {
        S3Client s3 = s3();

        assertThatThrownBy(() -> S3Pointer.store(s3, "docs-bucket", client, "NoSuchTable", "d4", new byte[10]))
                .isInstanceOf(ResourceNotFoundException.class);
        verify(s3)
                .deleteObject(DeleteObjectRequest.builder()
                        .bucket("docs-bucket")
                        .key("documents/d4")
                        .build());
        verify(s3, never()).getObjectAsBytes(any(GetObjectRequest.class));
    }
}
