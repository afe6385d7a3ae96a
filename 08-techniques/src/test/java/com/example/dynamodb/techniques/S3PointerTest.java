package com.example.dynamodb.techniques;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.DeleteObjectRequest;
import software.amazon.awssdk.services.s3.model.DeleteObjectResponse;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * S3 is a recording fake: the requests are checked exactly as S3Pointer sent them, and it answers
 * with what each test scripts; DynamoDB is DynamoDB Local.
 */
@DynamoDbTest
class S3PointerTest {

    /** The S3 calls S3Pointer makes, recorded; any other S3 call fails (the interface's default). */
    static final class RecordingS3 implements S3Client {
        final List<PutObjectRequest> puts = new ArrayList<>();
        final List<byte[]> putBodies = new ArrayList<>();
        final List<DeleteObjectRequest> deletes = new ArrayList<>();
        final List<GetObjectRequest> gets = new ArrayList<>();
        RuntimeException putFailure;
        byte[] stored;

        @Override
        public PutObjectResponse putObject(PutObjectRequest request, RequestBody body) {
            puts.add(request);
            try (InputStream sent = body.contentStreamProvider().newStream()) {
                putBodies.add(sent.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (putFailure != null) {
                throw putFailure;
            }
            return PutObjectResponse.builder().build();
        }

        @Override
        public DeleteObjectResponse deleteObject(DeleteObjectRequest request) {
            deletes.add(request);
            return DeleteObjectResponse.builder().build();
        }

        @Override
        public ResponseBytes<GetObjectResponse> getObjectAsBytes(GetObjectRequest request) {
            gets.add(request);
            return ResponseBytes.fromByteArray(GetObjectResponse.builder().build(), stored);
        }

        @Override
        public String serviceName() {
            return SERVICE_NAME;
        }

        @Override
        public void close() {}
    }

    private static String table(Tables tables) {
        String table = tables.reserve("Documents");
        tables.createAndWait(SimpleTables.pkSk(table));
        return table;
    }

    @Test
    @DisplayName("the document goes to S3 (bucket, key, length, bytes verified); DynamoDB keeps a small pointer")
    void storesAPointer(DynamoDbClient client, Tables tables) {
        String table = table(tables);
        RecordingS3 s3 = new RecordingS3();
        byte[] document = S3Pointer.document(300 * 1024);

        Map<String, AttributeValue> pointer = S3Pointer.store(s3, "docs-bucket", client, table, "d1", document);

        assertThat(s3.puts)
                .containsExactly(PutObjectRequest.builder()
                        .bucket("docs-bucket")
                        .key("documents/d1")
                        .contentLength((long) document.length)
                        .build());
        assertThat(s3.putBodies).singleElement().isEqualTo(document);
        assertThat(s3.deletes).isEmpty();
        assertThat(client.getItem(b -> b.tableName(table).key(Map.of("pk", pointer.get("pk"), "sk", pointer.get("sk"))))
                        .item())
                .isEqualTo(pointer)
                .containsEntry("sha256", AttributeValue.fromS(S3Pointer.sha256(document)));
    }

    @Test
    @DisplayName("the pointer costs 1 WCU where the same 300 KB inline cost 301; 500 KB inline is refused")
    void measured(DynamoDbClient client, Tables tables) {
        String table = table(tables);

        SizeComparison result = S3Pointer.measure(new RecordingS3(), client, table);

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
        RecordingS3 s3 = new RecordingS3();
        byte[] document = S3Pointer.document(2_000);
        S3Pointer.store(s3, "docs-bucket", client, table, "d2", document);
        GetObjectRequest get = GetObjectRequest.builder()
                .bucket("docs-bucket")
                .key("documents/d2")
                .build();

        s3.stored = document;
        assertThat(S3Pointer.load(s3, client, table, "d2")).isEqualTo(document);

        s3.stored = new byte[] {1, 2, 3};
        assertThatThrownBy(() -> S3Pointer.load(s3, client, table, "d2"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("does not match its pointer's checksum");
        assertThat(s3.gets).containsExactly(get, get);
    }

    @Test
    @DisplayName("if S3 refuses the upload, no pointer is written")
    void s3FailureWritesNothing(DynamoDbClient client, Tables tables) {
        String table = table(tables);
        RecordingS3 s3 = new RecordingS3();
        s3.putFailure =
                S3Exception.builder().message("Access Denied").statusCode(403).build();

        assertThatThrownBy(() -> S3Pointer.store(s3, "docs-bucket", client, table, "d3", new byte[10]))
                .isSameAs(s3.putFailure);
        assertThat(client.scan(b -> b.tableName(table)).count()).isZero();
        assertThat(s3.deletes).isEmpty();
    }

    @Test
    @DisplayName("if DynamoDB refuses the pointer, the uploaded object is deleted again: no orphan")
    void dynamoFailureRemovesTheObject(DynamoDbClient client) {
        RecordingS3 s3 = new RecordingS3();

        assertThatThrownBy(() -> S3Pointer.store(s3, "docs-bucket", client, "NoSuchTable", "d4", new byte[10]))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThat(s3.deletes)
                .containsExactly(DeleteObjectRequest.builder()
                        .bucket("docs-bucket")
                        .key("documents/d4")
                        .build());
        assertThat(s3.gets).isEmpty();
    }
}
