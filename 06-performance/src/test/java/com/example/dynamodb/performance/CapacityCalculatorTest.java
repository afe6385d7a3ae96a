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
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

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
    @Tag("capacity") // random names and strings sized in UTF-8 bytes; dynalite 4.0.0 counts UTF-16 units
    @DisplayName(
            "random items of every type and nesting are sized to the byte: padded to a 4 KB multiple, and one byte more,"
                    + " WCU and strong/eventual RCU equal DynamoDB Local's")
    void randomItemsExact(DynamoDbClient client, Tables tables) {
        String table = TableSetup.create(client, tables, "Random", false);
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

    static Stream<Arguments> workedExamples() {
        return WorkedExamples.EXAMPLES.stream()
                .filter(e -> !e.description().contains("(UTF-8)"))
                .map(e -> Arguments.of(e.description(), e.item()));
    }

    /** The example engines count differently: dynalite 4.0.0 sizes a string by its UTF-16 units. */
    static Stream<Arguments> workedExamplesEnginesCountDifferently() {
        return WorkedExamples.EXAMPLES.stream()
                .filter(e -> e.description().contains("(UTF-8)"))
                .map(e -> Arguments.of(e.description(), e.item()));
    }

    @ParameterizedTest(name = "worked example \"{0}\": size, WCU and RCU as DynamoDB Local measures them")
    @MethodSource("workedExamples")
    void workedExample(String description, Map<String, AttributeValue> item, DynamoDbClient client, Tables tables) {
        measuresAsCalculated(item, client, tables);
    }

    @ParameterizedTest(name = "worked example \"{0}\": size, WCU and RCU as DynamoDB Local measures them")
    @MethodSource("workedExamplesEnginesCountDifferently")
    @Tag("capacity") // strings sized in UTF-8 bytes; dynalite 4.0.0 counts UTF-16 units
    void workedExampleWhereEnginesDiffer(
            String description, Map<String, AttributeValue> item, DynamoDbClient client, Tables tables) {
        measuresAsCalculated(item, client, tables);
    }

    private static void measuresAsCalculated(Map<String, AttributeValue> item, DynamoDbClient client, Tables tables) {
        String table = TableSetup.create(client, tables, "Worked", false);
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
        "1E-130, 2",
        "9.9999999999999999999999999999999999999E+125, 20"
    })
    void numberSizes(String number, long bytes, DynamoDbClient client, Tables tables) {
        sizedAsCalculated(number, bytes, client, tables);
    }

    @ParameterizedTest(name = "the number {0} takes {1} bytes")
    @CsvSource({"-1.2345678901234567890123456789012345678, 21"})
    @Tag("capacity") // a negative number of 20 digit bytes takes no sign byte; dynalite 4.0.0 adds one
    void numberSizesWhereEnginesDiffer(String number, long bytes, DynamoDbClient client, Tables tables) {
        sizedAsCalculated(number, bytes, client, tables);
    }

    private static void sizedAsCalculated(String number, long bytes, DynamoDbClient client, Tables tables) {
        assertThat(CapacityCalculator.numberSizeBytes(number)).isEqualTo(bytes);
        // Proven on DynamoDB Local: pad an item holding the number to exactly 1 KB, then one byte more.
        String table = TableSetup.create(client, tables, "Numbers", false);
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
