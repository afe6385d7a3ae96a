package com.example.dynamodb.performance;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/**
 * DynamoDB Local's ConsumedCapacity is the oracle. A capacity unit hides up to 1,023 bytes, so the
 * size itself is probed: each item gets a padding attribute that brings it, by the calculator's
 * count, to exactly a multiple of 4 KB, and then to one byte more. If the calculator were off by
 * a single byte in either direction, one of the two writes or reads would cost a unit more or less.
 */
@DynamoDbTest
class CapacityCalculatorTest {

    private static final long SEED = 20261124L;
    private static final int RANDOM_ITEMS = 100;

    /** {@code item} plus a string attribute "~" that brings it to exactly {@code bytes}. */
    static Map<String, AttributeValue> padTo(Map<String, AttributeValue> item, long bytes) {
        long padding = bytes - CapacityCalculator.itemSizeBytes(item) - 1; // "~" is 1 byte
        Map<String, AttributeValue> padded = new HashMap<>(item);
        padded.put("~", AttributeValue.fromS("x".repeat((int) padding)));
        return padded;
    }

    static long nextMultiple(long bytes, long unit) {
        return (bytes / unit + 1) * unit;
    }

    @Test
    @DisplayName(
            "random items of every type and nesting are sized to the byte: padded to a 4 KB multiple, and one byte more,"
                    + " WCU and strong/eventual RCU equal DynamoDB Local's")
    void randomItemsExact(DynamoDbClient client, Tables tables) {
        String table = TableSetup.create(client, tables, "Random", MeasureCapacity.table("Random", false));
        RandomItems random = new RandomItems(SEED);
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < RANDOM_ITEMS; i++) {
            Map<String, AttributeValue> item = random.item("r" + i);
            long boundary = nextMultiple(CapacityCalculator.itemSizeBytes(item) + 16, 4096);
            for (long size : new long[] {boundary, boundary + 1}) {
                Map<String, AttributeValue> keyed = new HashMap<>(item);
                keyed.put("pk", AttributeValue.fromS("r" + i + "-" + size)); // a new item each time
                Map<String, AttributeValue> probe = padTo(keyed, size);
                double wcu = MeasureCapacity.putUnits(client, table, probe);
                double strong = MeasureCapacity.getUnits(client, table, Map.of("pk", probe.get("pk")), true);
                double eventual = MeasureCapacity.getUnits(client, table, Map.of("pk", probe.get("pk")), false);
                if (wcu != CapacityCalculator.writeUnits(probe)
                        || strong != CapacityCalculator.readUnits(probe, true)
                        || eventual != CapacityCalculator.readUnits(probe, false)) {
                    mismatches.add("item " + i + " at " + size + " bytes: Local " + wcu + "/" + strong + "/" + eventual
                            + ", calculator " + CapacityCalculator.writeUnits(probe) + "/"
                            + CapacityCalculator.readUnits(probe, true) + ": " + item);
                }
            }
        }
        assertThat(mismatches)
                .as("items the calculator sizes differently from DynamoDB Local")
                .isEmpty();
    }

    @Test
    @DisplayName(
            "a Query sums the sizes of the items it reads and rounds once: random items padded to 4 KB x k and 4 KB x k + 1")
    void queryRoundsOnce(DynamoDbClient client, Tables tables) {
        String table = TableSetup.create(client, tables, "RandomQuery", MeasureCapacity.table("RandomQuery", true));
        RandomItems random = new RandomItems(SEED + 1);
        for (String partition : List.of("exact", "plus-one")) {
            List<Map<String, AttributeValue>> items = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                Map<String, AttributeValue> item = random.item(partition);
                item.put("sk", AttributeValue.fromS(String.format("%02d", i)));
                items.add(item);
            }
            // Pad the last item so that the whole collection is exactly a 4 KB multiple (or one byte more).
            long others = items.subList(0, 5).stream()
                    .mapToLong(CapacityCalculator::itemSizeBytes)
                    .sum();
            long total = nextMultiple(others + CapacityCalculator.itemSizeBytes(items.get(5)) + 1, 4096)
                    + (partition.equals("exact") ? 0 : 1);
            items.set(5, padTo(items.get(5), total - others));
            items.forEach(item -> client.putItem(b -> b.tableName(table).item(item)));

            for (boolean consistent : new boolean[] {true, false}) {
                double measured = MeasureCapacity.queryUnits(
                        client,
                        QueryRequest.builder()
                                .tableName(table)
                                .keyConditionExpression("pk = :p")
                                .expressionAttributeValues(Map.of(":p", AttributeValue.fromS(partition)))
                                .consistentRead(consistent)
                                .build());
                assertThat(measured)
                        .as("%s, consistent=%s, %d bytes", partition, consistent, total)
                        .isEqualTo(CapacityCalculator.queryReadUnits(items, consistent));
            }
            // Rounding each item on its own would cost more: 6 items cost at least 6 units that way.
            assertThat(CapacityCalculator.queryReadUnits(items, true))
                    .isLessThan(CapacityCalculator.batchGetReadUnits(items, true));
        }
    }

    @Test
    @DisplayName(
            "BatchGetItem rounds every item up to 4 KB on its own; a key that finds nothing costs nothing in the batch")
    void batchGetRoundsPerItem(DynamoDbClient client, Tables tables) {
        String table = TableSetup.create(client, tables, "BatchGet", MeasureCapacity.table("BatchGet", false));
        RandomItems random = new RandomItems(SEED + 2);
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Map<String, AttributeValue> item = random.item("b" + i);
            items.add(item);
            client.putItem(b -> b.tableName(table).item(item));
        }
        List<Map<String, AttributeValue>> keys = new ArrayList<>(
                items.stream().map(i -> Map.of("pk", i.get("pk"))).toList());
        keys.add(Map.of("pk", AttributeValue.fromS("not-there")));

        for (boolean consistent : new boolean[] {true, false}) {
            double measured = MeasureCapacity.unitsOf(client.batchGetItem(b -> b.requestItems(Map.of(
                                    table,
                                    KeysAndAttributes.builder()
                                            .keys(keys)
                                            .consistentRead(consistent)
                                            .build()))
                            .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL))
                    .consumedCapacity());
            assertThat(measured).isEqualTo(CapacityCalculator.batchGetReadUnits(items, consistent));
            assertThat(measured).as("20 small items, one unit each").isEqualTo(consistent ? 20.0 : 10.0);
        }
        assertThat(CapacityCalculator.queryReadUnits(items, true))
                .as("the same items in one Query page would round once")
                .isLessThan(20.0);
    }

    static Stream<Arguments> workedExamples() {
        return WorkedExamples.EXAMPLES.stream().map(e -> Arguments.of(e.description(), e.item()));
    }

    @ParameterizedTest(name = "worked example \"{0}\": size, WCU and RCU as DynamoDB Local measures them")
    @MethodSource("workedExamples")
    void workedExample(String description, Map<String, AttributeValue> item, DynamoDbClient client, Tables tables) {
        String table = TableSetup.create(client, tables, "Worked", MeasureCapacity.table("Worked", false));
        // The size itself, to the byte: pad to the next 4 KB multiple and one past it.
        long boundary = nextMultiple(CapacityCalculator.itemSizeBytes(item) + 1, 4096);
        assertThat(MeasureCapacity.putUnits(client, table, padTo(item, boundary)))
                .isEqualTo(boundary / 1024.0);
        client.deleteItem(b -> b.tableName(table).key(Map.of("pk", item.get("pk"))));
        assertThat(MeasureCapacity.putUnits(client, table, padTo(item, boundary + 1)))
                .isEqualTo(boundary / 1024.0 + 1);
        client.deleteItem(b -> b.tableName(table).key(Map.of("pk", item.get("pk"))));
        // And the item as it is.
        assertThat(MeasureCapacity.putUnits(client, table, item)).isEqualTo(CapacityCalculator.writeUnits(item));
        assertThat(MeasureCapacity.getUnits(client, table, Map.of("pk", item.get("pk")), true))
                .isEqualTo(CapacityCalculator.readUnits(item, true));
    }

    @ParameterizedTest(name = "the number {0} takes {1} bytes")
    @CsvSource({
        "0, 1",
        "-0.000, 1",
        "7, 2",
        "15, 2",
        "123, 3",
        "1.5, 3",
        "-1.5, 4",
        "-7, 3",
        "100, 2",
        "150, 3",
        "0.001, 2",
        "0.15, 2",
        "99999999999999999999999999999999999999, 20",
        "-99999999999999999999999999999999999999, 21",
        "1.2345678901234567890123456789012345678, 21",
        "-1.2345678901234567890123456789012345678, 21",
        "1E-130, 2",
        "9.9999999999999999999999999999999999999E+125, 20"
    })
    void numberSizes(String number, long bytes, DynamoDbClient client, Tables tables) {
        assertThat(CapacityCalculator.numberSizeBytes(number)).isEqualTo(bytes);
        // Proven on DynamoDB Local: pad an item holding the number to exactly 1 KB, then one byte more.
        String table = TableSetup.create(client, tables, "Numbers", MeasureCapacity.table("Numbers", false));
        Map<String, AttributeValue> item = Map.of("pk", AttributeValue.fromS("n"), "n", AttributeValue.fromN(number));
        assertThat(MeasureCapacity.putUnits(client, table, padTo(item, 1024))).isEqualTo(1.0);
        client.deleteItem(b -> b.tableName(table).key(Map.of("pk", AttributeValue.fromS("n"))));
        assertThat(MeasureCapacity.putUnits(client, table, padTo(item, 1025))).isEqualTo(2.0);
    }

    @Test
    @DisplayName("a malformed number is refused with the number in the message, before any request")
    void badNumber() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CapacityCalculator.numberSizeBytes("12,5"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("12,5");
    }
}
