package com.example.dynamodb.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class NarratorTest {

    @Test
    @DisplayName("every DynamoDB type has a compact, unambiguous notation")
    void formatsEveryType() {
        assertThat(Narrator.format(AttributeValue.fromS("a"))).isEqualTo("\"a\"");
        assertThat(Narrator.format(AttributeValue.fromN("42"))).isEqualTo("42");
        assertThat(Narrator.format(AttributeValue.fromB(SdkBytes.fromUtf8String("hi"))))
                .isEqualTo("b64:aGk=");
        assertThat(Narrator.format(AttributeValue.fromBool(true))).isEqualTo("true");
        assertThat(Narrator.format(AttributeValue.fromNul(true))).isEqualTo("null");
        assertThat(Narrator.format(AttributeValue.fromL(List.of(AttributeValue.fromN("1"), AttributeValue.fromS("x")))))
                .isEqualTo("[1, \"x\"]");
        assertThat(Narrator.format(
                        AttributeValue.fromM(Map.of("b", AttributeValue.fromN("2"), "a", AttributeValue.fromN("1")))))
                .isEqualTo("{a: 1, b: 2}");
        assertThat(Narrator.format(AttributeValue.fromSs(List.of("x", "y")))).isEqualTo("<<\"x\", \"y\">>");
        assertThat(Narrator.format(AttributeValue.fromNs(List.of("1", "2")))).isEqualTo("<<1, 2>>");
    }

    @Test
    @DisplayName("items print as a table with a column per attribute")
    void printsItemsAsTable() {
        String printed = Narrator.capture(() -> Narrator.items(List.of(
                Map.of("id", AttributeValue.fromS("u1"), "age", AttributeValue.fromN("30")),
                Map.of("id", AttributeValue.fromS("u2")))));

        assertThat(printed.lines().toList())
                .containsExactly(
                        "   | age | id   |", "   |-----|------|", "   | 30  | \"u1\" |", "   |     | \"u2\" |");
    }
}
