package com.example.dynamodb.advanced;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
        assertThat(DynamoDbJson.fromLine(line)).isEqualTo(item);
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

    @ParameterizedTest(name = "{1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"Item\":{\"id\":{\"S\":\"a|not valid JSON",
                "not json at all|not valid JSON",
                "{\"Items\":{}}|no \"Item\" object",
                "{\"Item\":{\"id\":\"a\"}}|id is not a typed value",
                "{\"Item\":{\"id\":{\"X\":\"a\"}}}|id has an unknown type \"X\"",
                "{\"Item\":{\"n\":{\"N\":\"forty\"}}}|n holds \"forty\", which is not a number",
                "{\"Item\":{\"n\":{\"N\":42}}}|n should hold a JSON string",
                "{\"Item\":{\"b\":{\"B\":\"%%%\"}}}|b is not valid Base64",
                "{\"Item\":{\"ss\":{\"SS\":\"a\"}}}|ss should hold a JSON array",
                "{\"Item\":{\"f\":{\"BOOL\":\"yes\"}}}|f should hold true or false",
            })
    @DisplayName("a damaged line is refused with what is wrong with it")
    void damagedLines(String line, String reason) {
        assertThatThrownBy(() -> DynamoDbJson.fromLine(line))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(reason);
    }
}
