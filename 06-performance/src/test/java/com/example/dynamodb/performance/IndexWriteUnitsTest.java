package com.example.dynamodb.performance;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.dynamodb.performance.IndexWriteUnits.SecondaryIndex;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.Capacity;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** The index rule, index by index, against DynamoDB Local's {@code ReturnConsumedCapacity.INDEXES}. */
@DynamoDbTest
class IndexWriteUnitsTest {

    // The random test's table: pk + sk, an LSI, and GSIs with each kind of projection.
    private static final List<String> TABLE_KEYS = List.of("pk", "sk");
    private static final List<SecondaryIndex> INDEXES = List.of(
            SecondaryIndex.lsi("byL", ProjectionType.INCLUDE, List.of("pk", "l"), "x"),
            SecondaryIndex.gsi("allByG", ProjectionType.ALL, List.of("g")),
            SecondaryIndex.gsi("keysByGH", ProjectionType.KEYS_ONLY, List.of("g", "h")),
            SecondaryIndex.gsi("xByH", ProjectionType.INCLUDE, List.of("h"), "x"));

    private static CreateTableRequest randomTestTable(String name) {
        return CreateTableRequest.builder()
                .tableName(name)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(def("pk"), def("sk"), def("l"), def("g"), def("h"))
                .keySchema(key("pk", KeyType.HASH), key("sk", KeyType.RANGE))
                .localSecondaryIndexes(LocalSecondaryIndex.builder()
                        .indexName("byL")
                        .keySchema(key("pk", KeyType.HASH), key("l", KeyType.RANGE))
                        .projection(Projection.builder()
                                .projectionType(ProjectionType.INCLUDE)
                                .nonKeyAttributes("x")
                                .build())
                        .build())
                .globalSecondaryIndexes(
                        gsi(
                                "allByG",
                                Projection.builder()
                                        .projectionType(ProjectionType.ALL)
                                        .build(),
                                key("g", KeyType.HASH)),
                        gsi(
                                "keysByGH",
                                Projection.builder()
                                        .projectionType(ProjectionType.KEYS_ONLY)
                                        .build(),
                                key("g", KeyType.HASH),
                                key("h", KeyType.RANGE)),
                        gsi(
                                "xByH",
                                Projection.builder()
                                        .projectionType(ProjectionType.INCLUDE)
                                        .nonKeyAttributes("x")
                                        .build(),
                                key("h", KeyType.HASH)))
                .build();
    }

    @Test
    @Tag("capacity") // ConsumedCapacity reports every index's write units
    @DisplayName(
            "random puts, updates and deletes on a table with an LSI and three GSIs: every index's bill equals the calculator's")
    void randomWritesWithIndexes(DynamoDbClient client, Tables tables) {
        String name = TableSetup.create(client, tables, "Indexed", randomTestTable("Indexed"));
        Random random = new Random(7);
        Map<String, Map<String, AttributeValue>> state = new HashMap<>();
        List<String> mismatches = new ArrayList<>();
        for (int step = 0; step < 80; step++) {
            String id = "k" + random.nextInt(4);
            Map<String, AttributeValue> key = Map.of("pk", AttributeValue.fromS("p"), "sk", AttributeValue.fromS(id));
            Map<String, AttributeValue> before = state.get(id);
            ConsumedCapacity bill;
            int op = random.nextInt(3);
            if (op == 0) {
                Map<String, AttributeValue> item = new HashMap<>(key);
                for (String attribute : List.of("l", "g", "h", "x", "y")) {
                    if (random.nextBoolean()) {
                        // Key attributes stay short (a sort key holds at most 1,024 bytes); x and y may be large.
                        boolean large = !List.of("l", "g", "h").contains(attribute) && random.nextInt(3) == 0;
                        item.put(
                                attribute,
                                AttributeValue.fromS("v".repeat(1 + random.nextInt(3)) + "w".repeat(large ? 1200 : 5)));
                    }
                }
                bill = client.putItem(b ->
                                b.tableName(name).item(item).returnConsumedCapacity(ReturnConsumedCapacity.INDEXES))
                        .consumedCapacity();
            } else if (op == 1) {
                String attribute = List.of("l", "g", "h", "x", "y").get(random.nextInt(5));
                boolean remove = random.nextInt(3) == 0;
                boolean large = !List.of("l", "g", "h").contains(attribute) && random.nextInt(3) == 0;
                String value = "u" + random.nextInt(2) + "z".repeat(large ? 1100 : 2);
                bill = client.updateItem(b -> {
                            b.tableName(name).key(key).returnConsumedCapacity(ReturnConsumedCapacity.INDEXES);
                            if (remove) {
                                b.updateExpression("REMOVE #a").expressionAttributeNames(Map.of("#a", attribute));
                            } else {
                                b.updateExpression("SET #a = :v")
                                        .expressionAttributeNames(Map.of("#a", attribute))
                                        .expressionAttributeValues(Map.of(":v", AttributeValue.fromS(value)));
                            }
                        })
                        .consumedCapacity();
            } else {
                bill = client.deleteItem(
                                b -> b.tableName(name).key(key).returnConsumedCapacity(ReturnConsumedCapacity.INDEXES))
                        .consumedCapacity();
            }
            Map<String, AttributeValue> after = client.getItem(
                            b -> b.tableName(name).key(key).consistentRead(true))
                    .item();
            after = after == null || after.isEmpty() ? null : after;
            compare(step, op, bill, before, after, mismatches);
            if (after == null) {
                state.remove(id);
            } else {
                state.put(id, after);
            }
        }
        assertThat(mismatches).isEmpty();
    }

    private static void compare(
            int step,
            int op,
            ConsumedCapacity bill,
            Map<String, AttributeValue> before,
            Map<String, AttributeValue> after,
            List<String> mismatches) {
        Map<String, Double> measured = new HashMap<>();
        measured.put("table", bill.table().capacityUnits());
        unitsOf(bill.localSecondaryIndexes(), measured);
        unitsOf(bill.globalSecondaryIndexes(), measured);
        Map<String, Double> expected = new HashMap<>();
        double tableUnits = op == 2 && before == null
                ? OperationUnits.deleteWriteUnits(null)
                : Math.max(1, OperationUnits.updateWriteUnits(before, after));
        expected.put("table", tableUnits);
        for (SecondaryIndex index : INDEXES) {
            double units = IndexWriteUnits.indexWriteUnits(index, TABLE_KEYS, before, after);
            if (units > 0) {
                expected.put(index.name(), units);
            }
        }
        if (!measured.equals(expected)) {
            mismatches.add("step " + step + " op " + op + ": Local " + measured + ", calculator " + expected
                    + " before " + before + " after " + after);
        }
    }

    private static void unitsOf(Map<String, Capacity> perIndex, Map<String, Double> into) {
        if (perIndex != null) {
            perIndex.forEach((index, capacity) -> into.put(index, capacity.capacityUnits()));
        }
    }

    private static AttributeDefinition def(String name) {
        return AttributeDefinition.builder()
                .attributeName(name)
                .attributeType(ScalarAttributeType.S)
                .build();
    }

    private static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }

    private static GlobalSecondaryIndex gsi(String name, Projection projection, KeySchemaElement... keys) {
        return GlobalSecondaryIndex.builder()
                .indexName(name)
                .keySchema(keys)
                .projection(projection)
                .build();
    }
}
