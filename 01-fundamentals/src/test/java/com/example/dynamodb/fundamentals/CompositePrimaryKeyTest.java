package com.example.dynamodb.fundamentals;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

@DynamoDbTest
class CompositePrimaryKeyTest {

    private static final List<String> VALUES = List.of("10", "9", "100", "2");

    @Test
    @DisplayName("Number sort keys come back in numeric order")
    void numbersSortNumerically(DynamoDbClient client, Tables tables) {
        String table = tables.reserve("Numbers");
        CompositePrimaryKey.createTable(client, table, ScalarAttributeType.N);
        CompositePrimaryKey.putAll(
                client, table, "p", VALUES.stream().map(AttributeValue::fromN).toList());

        List<String> order = CompositePrimaryKey.sortKeysOf(client, table, "p").stream()
                .map(AttributeValue::n)
                .toList();

        assertThat(order).containsExactly("2", "9", "10", "100");
    }

    @Test
    @DisplayName("the same digits as String sort keys come back in character order")
    void stringsSortByCharacters(DynamoDbClient client, Tables tables) {
        String table = tables.reserve("Strings");
        CompositePrimaryKey.createTable(client, table, ScalarAttributeType.S);
        CompositePrimaryKey.putAll(
                client, table, "p", VALUES.stream().map(AttributeValue::fromS).toList());

        List<String> order = CompositePrimaryKey.sortKeysOf(client, table, "p").stream()
                .map(AttributeValue::s)
                .toList();

        assertThat(order).containsExactly("10", "100", "2", "9");
    }

    @Test
    @DisplayName("strings compare by UTF-8 bytes: 'Z' < 'a' < 'é', unlike a dictionary")
    void stringsSortByUtf8Bytes(DynamoDbClient client, Tables tables) {
        String table = tables.reserve("Words");
        CompositePrimaryKey.createTable(client, table, ScalarAttributeType.S);
        List<String> words = List.of("émile", "apple", "Zebra", "banana", "Émile", "zoo");
        CompositePrimaryKey.putAll(
                client, table, "w", words.stream().map(AttributeValue::fromS).toList());

        List<String> order = CompositePrimaryKey.sortKeysOf(client, table, "w").stream()
                .map(AttributeValue::s)
                .toList();

        // The rule, computed: unsigned byte-by-byte comparison of the UTF-8 encodings.
        Comparator<String> utf8 = (a, b) ->
                Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
        assertThat(order).isSortedAccordingTo(utf8).containsExactlyInAnyOrderElementsOf(words);
        assertThat(order).containsExactly("Zebra", "apple", "banana", "zoo", "Émile", "émile");
    }

    @Test
    @DisplayName("a Query returns only the items of the partition it names")
    void queryStaysInOnePartition(DynamoDbClient client, Tables tables) {
        String table = tables.reserve("Mixed");
        CompositePrimaryKey.createTable(client, table, ScalarAttributeType.N);
        CompositePrimaryKey.putAll(client, table, "a", List.of(AttributeValue.fromN("1"), AttributeValue.fromN("2")));
        CompositePrimaryKey.putAll(client, table, "b", List.of(AttributeValue.fromN("3")));

        assertThat(CompositePrimaryKey.sortKeysOf(client, table, "a"))
                .extracting(AttributeValue::n)
                .containsExactly("1", "2");
    }
}
