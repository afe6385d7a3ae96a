package com.example.dynamodb.queryscan;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * DynamoDB Local's ConsumedCapacity judges every size to the byte: each item is padded, by
 * {@link ItemSize}'s own count, to exactly a 1 KB multiple and one byte more (a PutItem must cost
 * one write unit more), and to exactly 4,096 bytes and 4,097 (a strongly consistent GetItem must
 * cost 1 and 2 read units). A size one byte off either way fails one of the four.
 */
@DynamoDbTest
class ItemSizeTest {

    static Stream<Arguments> items() {
        return Stream.of(
                Arguments.of("numbers 15, 123, 0.001", Map.of("a", n("15"), "b", n("123"), "c", n("0.001"))),
                Arguments.of("number 1.5 (3 bytes)", Map.of("n", n("1.5"))),
                Arguments.of("number -7 (3 bytes)", Map.of("n", n("-7"))),
                Arguments.of("number -1.5 (4 bytes)", Map.of("n", n("-1.5"))),
                Arguments.of(
                        "binary, boolean, null",
                        Map.of(
                                "b", AttributeValue.fromB(SdkBytes.fromByteArray(new byte[17])),
                                "ok", AttributeValue.fromBool(true),
                                "none", AttributeValue.fromNul(true))),
                Arguments.of(
                        "string, number and binary sets",
                        Map.of(
                                "ss", AttributeValue.fromSs(List.of("a", "bc")),
                                "ns", AttributeValue.fromNs(List.of("1.5", "-7", "20")),
                                "bs", AttributeValue.fromBs(List.of(SdkBytes.fromUtf8String("xyz"))))),
                Arguments.of(
                        "a list and a map, nested, and empty ones",
                        Map.of(
                                "l", AttributeValue.fromL(List.of(s("x"), n("1.5"), AttributeValue.fromL(List.of()))),
                                "m",
                                        AttributeValue.fromM(Map.of(
                                                "city", s("Oslo"),
                                                "geo", AttributeValue.fromM(Map.of("lat", n("59.91"))),
                                                "empty", AttributeValue.fromM(Map.of()))))),
                Arguments.of("a seeded order (order lines, address, tags)", order()));
    }

    /** Where engines count differently: dynalite 4.0.0 sizes these a few bytes off DynamoDB Local. */
    static Stream<Arguments> itemsEnginesCountDifferently() {
        return Stream.of(
                Arguments.of("strings in UTF-8", Map.of("city", s("città 🚀"), "name", s("Ada"))),
                Arguments.of(
                        "38-digit numbers, positive and negative",
                        Map.of(
                                "p", n("99999999999999999999999999999999999999"),
                                "q", n("-1.2345678901234567890123456789012345678"))));
    }

    /** The first seeded order of the lesson's data, without its keys (the test sets its own). */
    private static Map<String, AttributeValue> order() {
        Map<String, AttributeValue> order =
                new HashMap<>(SampleOrders.generate(SampleOrders.SEED, 1, 1).get(0));
        order.remove(OrdersTable.PK);
        order.remove(OrdersTable.SK);
        return order;
    }

    @ParameterizedTest(name = "{0}: padded to a 1 KB multiple and one byte more, to 4,096 and 4,097 bytes")
    @MethodSource("items")
    void toTheByte(String description, Map<String, AttributeValue> attributes, DynamoDbClient client, Tables tables) {
        billedToTheByte(attributes, client, tables);
    }

    @ParameterizedTest(name = "{0}: padded to a 1 KB multiple and one byte more, to 4,096 and 4,097 bytes")
    @MethodSource("itemsEnginesCountDifferently")
    @Tag("capacity") // dynalite 4.0.0 counts a string's UTF-16 units, and a 38-digit negative number a byte more
    void toTheByteWhereEnginesDiffer(
            String description, Map<String, AttributeValue> attributes, DynamoDbClient client, Tables tables) {
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
