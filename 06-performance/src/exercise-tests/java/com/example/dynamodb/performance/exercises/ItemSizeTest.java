package com.example.dynamodb.performance.exercises;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.dynamodb.performance.TestTables;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/**
 * Exercise 06.1: DynamoDB Local's ConsumedCapacity is the judge. Each item is padded, by your own
 * count, to exactly 1,024 bytes (1 WCU) and to 1,025 bytes (2 WCU): a size off by one byte either
 * way makes one of the two wrong.
 */
@DynamoDbTest
@DisplayName("Exercise 06.1 Write units to the byte")
class ItemSizeTest {

    static Stream<Arguments> items() {
        return Stream.of(
                Arguments.of(
                        "strings, UTF-8",
                        Map.of("name", AttributeValue.fromS("Ada"), "city", AttributeValue.fromS("città 🚀"))),
                Arguments.of(
                        "numbers 15 and 123",
                        Map.of("a", AttributeValue.fromN("15"), "b", AttributeValue.fromN("123"))),
                Arguments.of("number 1.5", Map.of("n", AttributeValue.fromN("1.5"))),
                Arguments.of("number -7", Map.of("n", AttributeValue.fromN("-7"))),
                Arguments.of(
                        "numbers 0.001 and 1200",
                        Map.of("a", AttributeValue.fromN("0.001"), "b", AttributeValue.fromN("1200"))),
                Arguments.of("number 0", Map.of("n", AttributeValue.fromN("0"))),
                Arguments.of(
                        "binary, boolean, null",
                        Map.of(
                                "b", AttributeValue.fromB(SdkBytes.fromByteArray(new byte[10])),
                                "ok", AttributeValue.fromBool(false),
                                "none", AttributeValue.fromNul(true))),
                Arguments.of(
                        "sets",
                        Map.of(
                                "ss", AttributeValue.fromSs(List.of("a", "bc")),
                                "ns", AttributeValue.fromNs(List.of("1", "-2.5")))),
                Arguments.of(
                        "a list",
                        Map.of(
                                "l",
                                AttributeValue.fromL(List.of(
                                        AttributeValue.fromS("x"),
                                        AttributeValue.fromN("10"),
                                        AttributeValue.fromL(List.of()))))),
                Arguments.of(
                        "a nested map",
                        Map.of(
                                "m",
                                AttributeValue.fromM(Map.of(
                                        "city", AttributeValue.fromS("Oslo"),
                                        "geo", AttributeValue.fromM(Map.of("lat", AttributeValue.fromN("59.91"))))))));
    }

    @ParameterizedTest(name = "{0}: padded to 1,024 bytes by your count costs 1 WCU, to 1,025 bytes 2 WCU")
    @MethodSource("items")
    void exactSize(String description, Map<String, AttributeValue> attributes, DynamoDbClient client, Tables tables) {
        String table = TestTables.keyedByPk(tables, "Exercise061");
        for (long target : new long[] {1024, 1025}) {
            Map<String, AttributeValue> item = new HashMap<>(attributes);
            item.put("pk", AttributeValue.fromS("item-" + target));
            long unpadded = ItemSize.sizeBytes(item);
            assertThat(unpadded)
                    .withFailMessage(
                            "ItemSize.sizeBytes says %s with its key is %d bytes before padding; these few attributes"
                                    + " take well under 1,024 bytes, so it cannot be padded to %d: is something"
                                    + " counted twice, or counted in bits?",
                            description, unpadded, target)
                    .isLessThan(target);
            item.put("~", AttributeValue.fromS("x".repeat((int) (target - unpadded - 1)))); // "~" is 1 byte
            assertThat(ItemSize.sizeBytes(item))
                    .as("your size of the padded item")
                    .isEqualTo(target);

            double measured = client.putItem(
                            b -> b.tableName(table).item(item).returnConsumedCapacity(ReturnConsumedCapacity.TOTAL))
                    .consumedCapacity()
                    .capacityUnits();

            assertThat(measured)
                    .as("DynamoDB Local's WCU for the item you sized at %d bytes", target)
                    .isEqualTo(target == 1024 ? 1.0 : 2.0);
            assertThat(ItemSize.writeUnits(item)).as("your WCU").isEqualTo(measured);
        }
    }
}
