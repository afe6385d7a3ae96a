package com.example.dynamodb.performance;

import static com.example.dynamodb.performance.CapacityCalculatorTest.nextMultiple;
import static com.example.dynamodb.performance.CapacityCalculatorTest.padTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/**
 * The rules for whole operations, against DynamoDB Local's ConsumedCapacity: a Query page of
 * seeded random items padded to exactly 4 KB × k and one byte more, and a BatchGetItem of random
 * items (the update, delete and transaction rules: {@link OperationCostsTest}).
 */
@DynamoDbTest
class OperationUnitsTest {

    private static final long SEED = 20261124L;

    @Test
    @Tag("capacity") // random names and strings sized in UTF-8 bytes; dynalite 4.0.0 counts UTF-16 units
    @DisplayName(
            "a Query sums the sizes of the items it reads and rounds once: random items padded to 4 KB x k and 4 KB x k + 1")
    void queryRoundsOnce(DynamoDbClient client, Tables tables) {
        String table = TableSetup.create(client, tables, "RandomQuery", true);
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
                        .isEqualTo(OperationUnits.queryReadUnits(items, consistent));
            }
            // Rounding each item on its own would cost more: 6 items cost at least 6 units that way.
            assertThat(OperationUnits.queryReadUnits(items, true))
                    .isLessThan(OperationUnits.batchGetReadUnits(items, true));
        }
    }

    @Test
    @Tag("capacity") // a missing key free in a BatchGetItem (DynamoDB Local 3.3.1); dynalite 4.0.0 bills it
    @DisplayName(
            "BatchGetItem rounds every item up to 4 KB on its own; a key that finds nothing costs nothing in the batch")
    void batchGetRoundsPerItem(DynamoDbClient client, Tables tables) {
        String table = TableSetup.create(client, tables, "BatchGet", false);
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
            double measured = client
                    .batchGetItem(b -> b.requestItems(Map.of(
                                    table,
                                    KeysAndAttributes.builder()
                                            .keys(keys)
                                            .consistentRead(consistent)
                                            .build()))
                            .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL))
                    .consumedCapacity()
                    .stream() // one entry per table
                    .mapToDouble(ConsumedCapacity::capacityUnits)
                    .sum();
            assertThat(measured).isEqualTo(OperationUnits.batchGetReadUnits(items, consistent));
            assertThat(measured).as("20 small items, one unit each").isEqualTo(consistent ? 20.0 : 10.0);
        }
        assertThat(OperationUnits.queryReadUnits(items, true))
                .as("the same items in one Query page would round once")
                .isLessThan(20.0);
    }
}
