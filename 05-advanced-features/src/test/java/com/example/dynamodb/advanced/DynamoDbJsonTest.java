package com.example.dynamodb.advanced;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class DynamoDbJsonTest {

    @Test
    @DisplayName("every attribute type survives a round trip through one line of DynamoDB JSON")
    void roundTrip() {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put("s", AttributeValue.fromS("héllo \"quoted\"\nnewline"));
        item.put("empty", AttributeValue.fromS(""));
        item.put("n", AttributeValue.fromN("12345678901234567890123456789012345678")); // 38 digits
        item.put("small", AttributeValue.fromN("-1.5E-130"));
        item.put("b", AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] {0, 1, (byte) 255})));
        item.put("ss", AttributeValue.fromSs(List.of("a", "b")));
        item.put("ns", AttributeValue.fromNs(List.of("1", "2.5")));
        item.put("bs", AttributeValue.fromBs(List.of(SdkBytes.fromUtf8String("x"))));
        item.put("l", AttributeValue.fromL(List.of(AttributeValue.fromS("x"), AttributeValue.fromNul(true))));
        item.put(
                "m",
                AttributeValue.fromM(
                        Map.of("deep", AttributeValue.fromM(Map.of("ok", AttributeValue.fromBool(true))))));
        item.put("bool", AttributeValue.fromBool(false));
        item.put("nul", AttributeValue.fromNul(true));

        String line = DynamoDbJson.toLine(item);

        assertThat(line).doesNotContain("\n"); // one item, one line
        assertThat(DynamoDbJsonReader.fromLine(line)).isEqualTo(item);
    }

    @Test
    @DisplayName("a line has the shape of DynamoDB's own exports: {\"Item\":{name:{type:value}}}")
    void exportShape() {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put("customerId", AttributeValue.fromS("c1"));
        item.put("amount", AttributeValue.fromN("42.5"));
        item.put("tags", AttributeValue.fromSs(List.of("gift")));

        assertThat(DynamoDbJson.toLine(item))
                .isEqualTo(
                        "{\"Item\":{\"customerId\":{\"S\":\"c1\"},\"amount\":{\"N\":\"42.5\"},\"tags\":{\"SS\":[\"gift\"]}}}");
    }
}
