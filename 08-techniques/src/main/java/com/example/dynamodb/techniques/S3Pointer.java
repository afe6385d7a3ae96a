package com.example.dynamodb.techniques;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.DeleteObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

/**
 * An item may not exceed 400 KB, and a 300 KB item costs 300 write units at every write. Large
 * payloads belong in Amazon S3; DynamoDB keeps a small item that points at the object (bucket, key,
 * size, checksum) and stays queryable.
 */
public final class S3Pointer {

    private S3Pointer() {}

    // tag::store[]
    /** Uploads the document, then writes the pointer item; returns the item. */
    public static Map<String, AttributeValue> store(
            S3Client s3, String bucket, DynamoDbClient client, String table, String documentId, byte[] document) {
        String key = "documents/" + documentId;
        String sha256 = sha256(document);
        // The object first: a pointer is never written before what it points at exists.
        s3.putObject(
                PutObjectRequest.builder()
                        .bucket(bucket)
                        .key(key)
                        .contentLength((long) document.length)
                        .build(),
                RequestBody.fromBytes(document));
        Map<String, AttributeValue> pointer = Map.of(
                "pk", AttributeValue.fromS("DOC#" + documentId),
                "sk", AttributeValue.fromS("POINTER"),
                "bucket", AttributeValue.fromS(bucket),
                "key", AttributeValue.fromS(key),
                "bytes", AttributeValue.fromN(Integer.toString(document.length)),
                "sha256", AttributeValue.fromS(sha256));
        try {
            client.putItem(b -> b.tableName(table).item(pointer));
        } catch (RuntimeException e) {
            // No pointer: remove the object again rather than leave an orphan behind.
            s3.deleteObject(
                    DeleteObjectRequest.builder().bucket(bucket).key(key).build());
            throw e;
        }
        return pointer;
    }

    /** The checksum the pointer keeps, so a reader can tell a replaced object. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
    // end::store[]

    /** Reads the pointer, then the object, and checks that the object is the one pointed at. */
    public static byte[] load(S3Client s3, DynamoDbClient client, String table, String documentId) {
        Map<String, AttributeValue> pointer = client.getItem(b -> b.tableName(table)
                        .key(Map.of(
                                "pk", AttributeValue.fromS("DOC#" + documentId),
                                "sk", AttributeValue.fromS("POINTER"))))
                .item();
        if (pointer.isEmpty()) {
            throw new IllegalArgumentException("No document " + documentId);
        }
        byte[] document = s3.getObjectAsBytes(GetObjectRequest.builder()
                        .bucket(pointer.get("bucket").s())
                        .key(pointer.get("key").s())
                        .build())
                .asByteArray();
        if (!sha256(document).equals(pointer.get("sha256").s())) {
            throw new IllegalStateException("The S3 object of document " + documentId
                    + " does not match its pointer's checksum: it was replaced after the pointer was written");
        }
        return document;
    }

    /** A 300 KB document stored inline, then as a pointer (the S3 client is the caller's). */
    public static SizeComparison measure(S3Client s3, DynamoDbClient client, String table) {
        byte[] document = document(300 * 1024);
        Map<String, AttributeValue> inline = Map.of(
                "pk", AttributeValue.fromS("DOC#d1"),
                "sk", AttributeValue.fromS("INLINE"),
                "body", AttributeValue.fromB(SdkBytes.fromByteArray(document)));
        double inlineUnits = SizeComparison.measuredPut(client, table, inline);
        Map<String, AttributeValue> pointer = store(s3, "example-documents", client, table, "d1", document);
        double pointerUnits =
                SizeComparison.measuredPut(client, table, pointer); // the same item again, to read its cost
        return new SizeComparison(
                "S3 pointer (300 KB document)", ItemSize.of(inline), ItemSize.of(pointer), inlineUnits, pointerUnits);
    }

    /** {@code bytes} bytes of a repeatable pattern, standing in for a PDF or an image. */
    public static byte[] document(int bytes) {
        byte[] document = new byte[bytes];
        new Random(3).nextBytes(document);
        return document;
    }
}
