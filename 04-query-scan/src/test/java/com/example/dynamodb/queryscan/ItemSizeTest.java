package com.example.dynamodb.queryscan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Two oracles, neither of them {@link ItemSize}: sizes worked out by hand from the documented rules,
 * and DynamoDB Local's ConsumedCapacity, which judges every size to the byte: each item is padded, by
 * {@link ItemSize}'s own count, to exactly a 1 KB multiple and one byte more (a PutItem must cost
 * one write unit more), and to exactly 4,096 bytes and 4,097 (a strongly consistent GetItem must
 * cost 1 and 2 read units). A size one byte off either way fails one of the four.
 */
@DynamoDbTest
class ItemSizeTest {

    /**
     * Each item with its size worked out by hand from the rules in the DynamoDB Developer Guide,
     * "DynamoDB item sizes and formats"
     * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/CapacityUnitCalculations.html):
     * a name and a string count their UTF-8 bytes, a binary its raw bytes, a boolean or null 1 byte, a
     * set the sum of its elements; a list or map 3 bytes, plus each element and 1 byte per element (a
     * map's element: its name and its value). A number is 1 byte plus its significant digits in pairs
     * counted from the decimal point (the guide's "1 byte per two significant digits", which it calls
     * approximate; the pairing, and the extra byte of a negative number unless its digits fill 20
     * bytes, are what {@link #numbers} and DynamoDB Local pin), so 1.5 (01|50) is 3 bytes, 15 is 2, -7
     * is 3. The seeded order is left to DynamoDB Local.
     */
    static Stream<Arguments> items() {
        return Stream.of(
                Arguments.of(
                        "strings in UTF-8",
                        Map.of("city", s("città 🚀"), "name", s("Ada")),
                        (4 + 4 + 2 + 1 + 4) + (4 + 3)), // à 2 bytes, 🚀 4
                Arguments.of(
                        "numbers 15, 123, 0.001",
                        Map.of("a", n("15"), "b", n("123"), "c", n("0.001")),
                        (1 + 2) + (1 + 3) + (1 + 2)), // 1|23; 0.00|10: one pair
                Arguments.of("number 1.5 (3 bytes)", Map.of("n", n("1.5")), 1 + 3),
                Arguments.of("number -7 (3 bytes)", Map.of("n", n("-7")), 1 + 3),
                Arguments.of("number -1.5 (4 bytes)", Map.of("n", n("-1.5")), 1 + 4),
                Arguments.of(
                        "38-digit numbers, positive and negative",
                        Map.of(
                                "p", n("99999999999999999999999999999999999999"),
                                "q", n("-1.2345678901234567890123456789012345678")),
                        // q: 01 | 23 45 ... 78 | 80 fill 20 bytes, and then the sign takes no byte of its own
                        (1 + 19 + 1) + (1 + (1 + 19) + 1)),
                Arguments.of(
                        "binary, boolean, null",
                        Map.of(
                                "b", AttributeValue.fromB(SdkBytes.fromByteArray(new byte[17])),
                                "ok", AttributeValue.fromBool(true),
                                "none", AttributeValue.fromNul(true)),
                        (1 + 17) + (2 + 1) + (4 + 1)),
                Arguments.of(
                        "string, number and binary sets",
                        Map.of(
                                "ss", AttributeValue.fromSs(List.of("a", "bc")),
                                "ns", AttributeValue.fromNs(List.of("1.5", "-7", "20")),
                                "bs", AttributeValue.fromBs(List.of(SdkBytes.fromUtf8String("xyz")))),
                        (2 + 1 + 2) + (2 + 3 + 3 + 2) + (2 + 3)),
                Arguments.of(
                        "a list and a map, nested, and empty ones",
                        Map.of(
                                "l", AttributeValue.fromL(List.of(s("x"), n("1.5"), AttributeValue.fromL(List.of()))),
                                "m",
                                        AttributeValue.fromM(Map.of(
                                                "city", s("Oslo"),
                                                "geo", AttributeValue.fromM(Map.of("lat", n("59.91"))),
                                                "empty", AttributeValue.fromM(Map.of())))),
                        // l: 3 + ("x" 1 + 1) + (1.5: 3 + 1) + ([]: 3 + 1)
                        (1 + 3 + 2 + 4 + 4)
                                // m: 3 + (city Oslo 8 + 1) + (geo: 3 + {3 + lat 59.91 (3 + 3) + 1} + 1) + (empty 5 + 3
                                // + 1)
                                + (1 + 3 + 9 + (3 + 10 + 1) + 9)),
                Arguments.of("a seeded order (order lines, address, tags)", order(), null));
    }

    /** The items engines size differently: dynalite 4.0.0 counts a string's UTF-16 units, and that number a byte more. */
    private static final Set<String> ENGINES_DIFFER =
            Set.of("strings in UTF-8", "38-digit numbers, positive and negative");

    static Stream<Arguments> itemsEnginesAgreeOn() {
        return items().filter(a -> !ENGINES_DIFFER.contains((String) a.get()[0]));
    }

    static Stream<Arguments> itemsEnginesCountDifferently() {
        return items().filter(a -> ENGINES_DIFFER.contains((String) a.get()[0]));
    }

    /** The first seeded order of the lesson's data, without its keys (the test sets its own). */
    private static Map<String, AttributeValue> order() {
        Map<String, AttributeValue> order =
                new HashMap<>(SampleOrders.generate(SampleOrders.SEED, 1, 1).get(0));
        order.remove(OrdersTable.PK);
        order.remove(OrdersTable.SK);
        return order;
    }

    @ParameterizedTest(name = "{0}: {2} bytes by hand, by ItemSize")
    @MethodSource("items")
    void byHand(String description, Map<String, AttributeValue> attributes, Integer bytes) {
        assumeTrue(bytes != null, "the seeded order is too long to add up by hand: DynamoDB Local judges it");
        assertThat(ItemSize.of(attributes)).isEqualTo(bytes.longValue());
    }

    @ParameterizedTest(name = "{0}: padded to a 1 KB multiple and one byte more, to 4,096 and 4,097 bytes")
    @MethodSource("itemsEnginesAgreeOn")
    void toTheByte(
            String description,
            Map<String, AttributeValue> attributes,
            Integer bytes,
            DynamoDbClient client,
            Tables tables) {
        billedToTheByte(attributes, client, tables);
    }

    @ParameterizedTest(name = "{0}: padded to a 1 KB multiple and one byte more, to 4,096 and 4,097 bytes")
    @MethodSource("itemsEnginesCountDifferently")
    @Tag("capacity") // dynalite 4.0.0 counts a string's UTF-16 units, and a 38-digit negative number a byte more
    void toTheByteWhereEnginesDiffer(
            String description,
            Map<String, AttributeValue> attributes,
            Integer bytes,
            DynamoDbClient client,
            Tables tables) {
        billedToTheByte(attributes, client, tables);
    }

    private static void billedToTheByte(Map<String, AttributeValue> attributes, DynamoDbClient client, Tables tables) {
        String table = tables.reserve("Sizes");
        tables.createAndWait(keyOnly(table));
        long oneKb = (ItemSize.of(keyed(attributes, "probe")) / 1024 + 1) * 1024; // the next 1 KB multiple

        assertThat(putUnits(client, table, padded(attributes, "w-exact", oneKb)))
                .isEqualTo(oneKb / 1024.0);
        assertThat(putUnits(client, table, padded(attributes, "w-over", oneKb + 1)))
                .isEqualTo(oneKb / 1024.0 + 1);
        Map<String, AttributeValue> exact = padded(attributes, "r-exact", 4096);
        Map<String, AttributeValue> over = padded(attributes, "r-over", 4097);
        client.putItem(b -> b.tableName(table).item(exact));
        client.putItem(b -> b.tableName(table).item(over));
        assertThat(getUnits(client, table, exact))
                .isEqualTo(ItemSize.readUnits(4096, true))
                .isEqualTo(1.0);
        assertThat(getUnits(client, table, over))
                .isEqualTo(ItemSize.readUnits(4097, true))
                .isEqualTo(2.0);
    }

    @ParameterizedTest(name = "the number {0} takes {1} bytes")
    @CsvSource({"0, 1", "7, 2", "15, 2", "123, 3", "0.001, 2", "1.5, 3", "-7, 3", "-1.5, 4", "1200, 2", "12.34, 3"})
    void numbers(String number, long bytes) {
        assertThat(ItemSize.numberBytes(number)).isEqualTo(bytes);
    }

    /** The attributes, the table's key ({@code id}), and a string "~" that brings the item to {@code bytes}. */
    private static Map<String, AttributeValue> padded(Map<String, AttributeValue> attributes, String id, long bytes) {
        Map<String, AttributeValue> item = keyed(attributes, id);
        item.put("~", s("x".repeat((int) (bytes - ItemSize.of(item) - 1)))); // "~" is 1 byte
        assertThat(ItemSize.of(item)).isEqualTo(bytes);
        return item;
    }

    private static Map<String, AttributeValue> keyed(Map<String, AttributeValue> attributes, String id) {
        Map<String, AttributeValue> item = new HashMap<>(attributes);
        item.put(OrdersTable.PK, s("c-size"));
        item.put(OrdersTable.SK, s(id));
        return item;
    }

    private static double putUnits(DynamoDbClient client, String table, Map<String, AttributeValue> item) {
        return client.putItem(b -> b.tableName(table).item(item).returnConsumedCapacity(ReturnConsumedCapacity.TOTAL))
                .consumedCapacity()
                .capacityUnits();
    }

    private static double getUnits(DynamoDbClient client, String table, Map<String, AttributeValue> item) {
        return client.getItem(b -> b.tableName(table)
                        .key(Map.of(OrdersTable.PK, item.get(OrdersTable.PK), OrdersTable.SK, item.get(OrdersTable.SK)))
                        .consistentRead(true)
                        .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL))
                .consumedCapacity()
                .capacityUnits();
    }

    /** The orders' key, and no index: an index would add its own write units. */
    private static CreateTableRequest keyOnly(String table) {
        return CreateTableRequest.builder()
                .tableName(table)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                        AttributeDefinition.builder()
                                .attributeName(OrdersTable.PK)
                                .attributeType(ScalarAttributeType.S)
                                .build(),
                        AttributeDefinition.builder()
                                .attributeName(OrdersTable.SK)
                                .attributeType(ScalarAttributeType.S)
                                .build())
                .keySchema(
                        KeySchemaElement.builder()
                                .attributeName(OrdersTable.PK)
                                .keyType(KeyType.HASH)
                                .build(),
                        KeySchemaElement.builder()
                                .attributeName(OrdersTable.SK)
                                .keyType(KeyType.RANGE)
                                .build())
                .build();
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static AttributeValue n(String value) {
        return AttributeValue.fromN(value);
    }
}
