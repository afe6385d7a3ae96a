package com.example.dynamodb.techniques;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.DeleteObjectRequest;
import software.amazon.awssdk.services.s3.model.DeleteObjectResponse;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;

/** The four item-size techniques side by side, each measured with ConsumedCapacity. */
public final class ItemSizeTechniques {

    private ItemSizeTechniques() {}

    /** Runs the four measurements on one table (pk, sk). */
    public static List<SizeComparison> measureAll(DynamoDbClient client, String table, S3Client s3) {
        return List.of(
                ShortAttributeNames.measure(client, table),
                CompressedAttribute.measure(client, table),
                VerticalPartitioning.measure(client, table),
                S3Pointer.measure(s3, client, table));
    }

    static void demo(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("Item size: names, GZIP, vertical partitioning, S3 pointers");
        String table = tables.reserve("ItemSizes");
        tables.createAndWait(SimpleTables.pkSk(table));
        Narrator.step("Write units reported by DynamoDB (ReturnConsumedCapacity) before and after each technique:");
        Narrator.table(SizeComparison.table(measureAll(ddb.client(), table, new InMemoryS3())));
        try {
            ddb.client()
                    .putItem(b -> b.tableName(table)
                            .item(Map.of(
                                    "pk", AttributeValue.fromS("DOC#big"),
                                    "sk", AttributeValue.fromS("INLINE"),
                                    "body",
                                            AttributeValue.fromB(
                                                    SdkBytes.fromByteArray(S3Pointer.document(500 * 1024))))));
        } catch (DynamoDbException e) {
            Narrator.step("A 500 KB document inline: " + e.awsErrorDetails().errorMessage());
        }
        Narrator.say("(The walkthrough's S3 is an in-memory stand-in; the tests verify the real S3 requests.)");
    }

    /** Keeps objects in a map: enough S3 for the walkthrough to run without AWS. */
    static final class InMemoryS3 implements S3Client {
        private final Map<String, byte[]> objects = new ConcurrentHashMap<>();

        @Override
        public PutObjectResponse putObject(PutObjectRequest request, RequestBody body) {
            try (var in = body.contentStreamProvider().newStream()) {
                objects.put(request.bucket() + "/" + request.key(), in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return PutObjectResponse.builder().build();
        }

        @Override
        public ResponseBytes<GetObjectResponse> getObjectAsBytes(GetObjectRequest request) {
            return ResponseBytes.fromByteArray(
                    GetObjectResponse.builder().build(), objects.get(request.bucket() + "/" + request.key()));
        }

        @Override
        public DeleteObjectResponse deleteObject(DeleteObjectRequest request) {
            objects.remove(request.bucket() + "/" + request.key());
            return DeleteObjectResponse.builder().build();
        }

        @Override
        public String serviceName() {
            return "s3";
        }

        @Override
        public void close() {}
    }
}
