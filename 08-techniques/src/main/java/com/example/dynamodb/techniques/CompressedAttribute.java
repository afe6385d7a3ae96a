package com.example.dynamodb.techniques;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Large text compresses well, and DynamoDB bills Binary by its length: GZIP the text into a Binary
 * attribute. The price: DynamoDB can no longer see inside it (no condition, filter or index on it),
 * and every reader must decompress.
 */
public final class CompressedAttribute {

    private CompressedAttribute() {}

    // tag::gzip[]
    public static SdkBytes gzip(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return SdkBytes.fromByteArray(bytes.toByteArray());
    }

    public static String gunzip(SdkBytes compressed) {
        try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(compressed.asByteArray()))) {
            return new String(gzip.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Not a GZIP attribute: " + e.getMessage(), e);
        }
    }
    // end::gzip[]

    /** About 8 KB of product-review prose from a fixed seed: real words, repeated as real text repeats them. */
    public static String reviewText() {
        String[] words = ("the this battery lasts all day and the screen is bright enough outside but the case"
                        + " feels cheap after a month of use I would buy it again for the price though shipping was slow"
                        + " and support answered quickly when the charger stopped working")
                .split(" ");
        Random random = new Random(42);
        StringBuilder text = new StringBuilder();
        while (text.length() < 8_000) {
            text.append(words[random.nextInt(words.length)]).append(random.nextInt(12) == 0 ? ". " : " ");
        }
        return text.toString();
    }

    /** The same review stored as a String, then as GZIP in a Binary. */
    public static SizeComparison measure(DynamoDbClient client, String table) {
        String text = reviewText();
        Map<String, AttributeValue> plain = Map.of(
                "pk", AttributeValue.fromS("REVIEW#r1"),
                "sk", AttributeValue.fromS("TEXT"),
                "body", AttributeValue.fromS(text));
        Map<String, AttributeValue> compressed = Map.of(
                "pk", AttributeValue.fromS("REVIEW#r2"),
                "sk", AttributeValue.fromS("TEXT"),
                "bodyGzip", AttributeValue.fromB(gzip(text)));
        return new SizeComparison(
                "GZIP into Binary",
                ItemSize.of(plain),
                ItemSize.of(compressed),
                SizeComparison.measuredPut(client, table, plain),
                SizeComparison.measuredPut(client, table, compressed));
    }
}
