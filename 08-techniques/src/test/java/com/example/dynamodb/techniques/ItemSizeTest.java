package com.example.dynamodb.techniques;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/**
 * Two oracles, neither of them {@link ItemSize}: sizes worked out by hand from the documented rules,
 * and DynamoDB Local's ConsumedCapacity, which judges ItemSize to the byte: each item is padded, by
 * ItemSize's own count, to exactly 1,024 bytes and 1,025 (a PutItem must cost 1 and 2 write
 * units), and to 4,096 and 4,097 (a strongly consistent GetItem must cost 1 and 2 read units).
 */
@DynamoDbTest
class ItemSizeTest {

    /**
     * Each item with its size worked out by hand from the rules in the DynamoDB Developer Guide,
     * "DynamoDB item sizes and formats"
     * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/CapacityUnitCalculations.html):
     * a name and a string count their UTF-8 bytes, a binary its raw bytes, a boolean or null 1 byte, a
     * set the sum of its elements. A number is 1 byte plus its significant digits in pairs counted
     * from the decimal point (the guide's "1 byte per two significant digits", which it calls
     * approximate; the pairing and the extra byte of a negative number are what {@link #numbers}
     * pins), so 1.5 (1|5) is 3 bytes, 15 is 2, -7 is 3.
     */
    static Stream<Arguments> items() {
        byte[] gz = CompressedAttribute.gzip("hello hello hello").asByteArray();
        return Stream.of(
                Arguments.of(
                        "long and short names, UTF-8 strings",
                        Map.of("descriptionOfTheCity", s("città 🚀"), "n", s("é")),
                        20 + (4 + 2 + 1 + 4) + 1 + 2), // à 2 bytes, 🚀 4
                Arguments.of(
                        "numbers 1.5 and -7 (3 bytes each)", Map.of("a", n("1.5"), "b", n("-7")), (1 + 3) + (1 + 3)),
                Arguments.of(
                        "numbers 15, 123, 0.001, -1.5",
                        Map.of("a", n("15"), "b", n("123"), "c", n("0.001"), "d", n("-1.5")),
                        (1 + 2) + (1 + 3) + (1 + 2) + (1 + 4)), // 1|23; 0.00|10: one pair
                Arguments.of(
                        "a 38-digit negative number",
                        Map.of("n", n("-99999999999999999999999999999999999999")),
                        1 + (19 + 1 + 1)), // 19 pairs, 1, and 1 for the sign
                Arguments.of(
                        "binary (raw bytes, not base64), boolean, null",
                        Map.of(
                                "gz", AttributeValue.fromB(SdkBytes.fromByteArray(gz)),
                                "ok", AttributeValue.fromBool(false),
                                "none", AttributeValue.fromNul(true)),
                        (2 + gz.length) + (2 + 1) + (4 + 1)),
                Arguments.of(
                        "string, number and binary sets",
                        Map.of(
                                "ss", AttributeValue.fromSs(List.of("a", "bc")),
                                "ns", AttributeValue.fromNs(List.of("1.5", "-7")),
                                "bs", AttributeValue.fromBs(List.of(SdkBytes.fromByteArray(new byte[5])))),
                        (2 + 1 + 2) + (2 + 3 + 3) + (2 + 5)));
    }

    @ParameterizedTest(name = "{0}: {2} bytes by hand, by ItemSize")
    @MethodSource("items")
    void byHand(String description, Map<String, AttributeValue> attributes, int bytes) {
        assertThat(ItemSize.of(attributes)).isEqualTo(bytes);
    }

    /** The item engines size differently: dynalite 4.0.0 counts a string's UTF-16 units, not its UTF-8 bytes. */
    private static final Set<String> ENGINES_DIFFER = Set.of("long and short names, UTF-8 strings");

    static Stream<Arguments> itemsEnginesAgreeOn() {
        return items().filter(a -> !ENGINES_DIFFER.contains((String) a.get()[0]));
    }

    static Stream<Arguments> itemsEnginesCountDifferently() {
        return items().filter(a -> ENGINES_DIFFER.contains((String) a.get()[0]));
    }

    @ParameterizedTest(name = "{0}: padded to 1,024 / 1,025 bytes costs 1 / 2 WCU, to 4,096 / 4,097 bytes 1 / 2 RCU")
    @MethodSource("itemsEnginesAgreeOn")
    void toTheByte(
            String description,
            Map<String, AttributeValue> attributes,
            int bytes,
            DynamoDbClient client,
            Tables tables) {
        billedToTheByte(attributes, client, tables);
    }

    @ParameterizedTest(name = "{0}: padded to 1,024 / 1,025 bytes costs 1 / 2 WCU, to 4,096 / 4,097 bytes 1 / 2 RCU")
    @MethodSource("itemsEnginesCountDifferently")
    @Tag("capacity") // strings sized in UTF-8 bytes; dynalite 4.0.0 counts UTF-16 units
    void toTheByteWhereEnginesDiffer(
            String description,
            Map<String, AttributeValue> attributes,
            int bytes,
            DynamoDbClient client,
            Tables tables) {
        billedToTheByte(attributes, client, tables);
    }

    private static void billedToTheByte(Map<String, AttributeValue> attributes, DynamoDbClient client, Tables tables) {
        String table = tables.reserve("Sizes");
        tables.createAndWait(SimpleTables.pkSk(table));

        assertThat(SizeComparison.measuredPut(client, table, padded(attributes, "w1024", 1024)))
                .isEqualTo(1.0);
        assertThat(SizeComparison.measuredPut(client, table, padded(attributes, "w1025", 1025)))
                .isEqualTo(2.0);
        Map<String, AttributeValue> exact = padded(attributes, "r4096", 4096);
        Map<String, AttributeValue> over = padded(attributes, "r4097", 4097);
        client.putItem(b -> b.tableName(table).item(exact));
        client.putItem(b -> b.tableName(table).item(over));
        assertThat(getUnits(client, table, exact)).isEqualTo(1.0);
        assertThat(getUnits(client, table, over)).isEqualTo(2.0);
    }

    @ParameterizedTest(name = "the number {0} takes {1} bytes")
    @CsvSource({"0, 1", "15, 2", "1.5, 3", "-7, 3", "-1.5, 4", "18.5, 3", "129.95, 4", "1200, 2"})
    void numbers(String number, long bytes) {
        assertThat(ItemSize.numberBytes(number)).isEqualTo(bytes);
    }

    @Test
    @DisplayName("a list or a map is refused with the attribute's name, not sized wrong")
    void documentsRefused() {
        assertThatThrownBy(() -> ItemSize.of(Map.of("address", AttributeValue.fromM(Map.of("city", s("Oslo"))))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Attribute address is a M: ItemSize sizes flat items");
    }

    /** The attributes, a key, and a string "~" that brings the item to {@code bytes} by ItemSize's count. */
    private static Map<String, AttributeValue> padded(Map<String, AttributeValue> attributes, String sk, long bytes) {
        Map<String, AttributeValue> item = new HashMap<>(attributes);
        item.put("pk", s("SIZE"));
        item.put("sk", s(sk));
        item.put("~", s("x".repeat((int) (bytes - ItemSize.of(item) - 1)))); // "~" is 1 byte
        assertThat(ItemSize.of(item)).isEqualTo(bytes);
        return item;
    }

    /** A strongly consistent GetItem of the item's key: the read units DynamoDB reports. */
    private static double getUnits(DynamoDbClient client, String table, Map<String, AttributeValue> item) {
        GetItemRequest get = GetItemRequest.builder()
                .tableName(table)
                .key(Map.of("pk", item.get("pk"), "sk", item.get("sk")))
                .consistentRead(true)
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
                .build();
        return client.getItem(get).consumedCapacity().capacityUnits();
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static AttributeValue n(String value) {
        return AttributeValue.fromN(value);
    }
}
