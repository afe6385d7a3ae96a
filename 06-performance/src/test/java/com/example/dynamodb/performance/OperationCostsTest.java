package com.example.dynamodb.performance;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

@DynamoDbTest
class OperationCostsTest {

    private static Map<String, AttributeValue> key(Map<String, AttributeValue> item) {
        return Map.of("pk", item.get("pk"));
    }

    private static String table(DynamoDbClient client, Tables tables) {
        return TableSetup.create(client, tables, "Costs", false);
    }

    /** A batch or a transaction reports its units per table: their sum. */
    private static double total(List<ConsumedCapacity> perTable) {
        return perTable.stream().mapToDouble(ConsumedCapacity::capacityUnits).sum();
    }

    @Test
    @DisplayName(
            "an update is billed on the larger of the item before and after: one boolean on a 5,000-byte item costs 5 WCU")
    void updateChargesTheLarger(DynamoDbClient client, Tables tables) {
        String table = table(client, tables);
        Map<String, AttributeValue> big = WorkedExamples.paddedItem("big", 5000);
        client.putItem(b -> b.tableName(table).item(big));

        double units = OperationCosts.touch(client, table, key(big));

        Map<String, AttributeValue> after =
                client.getItem(b -> b.tableName(table).key(key(big))).item();
        assertThat(units).isEqualTo(5.0).isEqualTo(OperationUnits.updateWriteUnits(big, after));
    }

    @Test
    @DisplayName("shrinking a 5,000-byte item to a few bytes costs 5 WCU, and so does growing it back")
    void shrinkAndGrow(DynamoDbClient client, Tables tables) {
        String table = table(client, tables);
        Map<String, AttributeValue> big = WorkedExamples.paddedItem("big", 5000);
        Map<String, AttributeValue> small = Map.of("pk", big.get("pk"));
        client.putItem(b -> b.tableName(table).item(big));

        assertThat(MeasureCapacity.putUnits(client, table, small))
                .isEqualTo(5.0)
                .isEqualTo(OperationUnits.updateWriteUnits(big, small));
        assertThat(MeasureCapacity.putUnits(client, table, big))
                .isEqualTo(5.0)
                .isEqualTo(OperationUnits.updateWriteUnits(small, big));
    }

    @Test
    @DisplayName("a delete is billed on the deleted item's size; deleting a key that is not there still costs 1 WCU")
    void deletes(DynamoDbClient client, Tables tables) {
        String table = table(client, tables);
        Map<String, AttributeValue> item = WorkedExamples.paddedItem("d", 3000);
        client.putItem(b -> b.tableName(table).item(item));

        assertThat(OperationCosts.delete(client, table, key(item)))
                .isEqualTo(3.0)
                .isEqualTo(OperationUnits.deleteWriteUnits(item));
        assertThat(OperationCosts.delete(client, table, key(item)))
                .isEqualTo(1.0)
                .isEqualTo(OperationUnits.deleteWriteUnits(null));
    }

    @Test
    @Tag("local-differs") // DynamoDB Local 3.3.1 bills 2 WCU; DynamoDB documents 1 for deleting a missing item
    @DisplayName("DynamoDB Local bills a BatchWriteItem delete of a missing key 2 WCU (a DeleteItem of it costs 1)")
    void batchDeleteOfNothing(DynamoDbClient client, Tables tables) {
        String table = table(client, tables);
        WriteRequest delete = WriteRequest.builder()
                .deleteRequest(d -> d.key(Map.of("pk", AttributeValue.fromS("never-written"))))
                .build();

        double units = total(client.batchWriteItem(b -> b.requestItems(Map.of(table, List.of(delete)))
                        .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL))
                .consumedCapacity());

        assertThat(units).isEqualTo(2.0);
    }

    @Test
    @Tag("transactions") // TransactWriteItems, TransactGetItems
    @DisplayName("a transaction costs twice the plain operations: 1,000 + 3,000 bytes put for 8 WCU (1 + 3 plain);"
            + " reading them and a missing key back costs 6 RCU (1 + 1 + 1 plain)")
    void transactionsCostTwice(DynamoDbClient client, Tables tables) {
        String table = table(client, tables);
        List<Map<String, AttributeValue>> items =
                List.of(WorkedExamples.paddedItem("t1", 1000), WorkedExamples.paddedItem("t2", 3000));

        double written = OperationCosts.putAllInTransaction(client, table, items);
        double read = OperationCosts.getAllInTransaction(
                client,
                table,
                List.of(key(items.get(0)), key(items.get(1)), Map.of("pk", AttributeValue.fromS("none"))));

        assertThat(written)
                .isEqualTo(8.0)
                .isEqualTo(items.stream()
                        .mapToDouble(i -> OperationUnits.transactionalWriteUnits(null, i))
                        .sum());
        // Two items found (1 unit each, doubled) and one key that finds nothing (the minimum, doubled).
        assertThat(read)
                .isEqualTo(6.0)
                .isEqualTo(OperationUnits.transactionalReadUnits(items.get(0))
                        + OperationUnits.transactionalReadUnits(items.get(1))
                        + OperationUnits.transactionalReadUnits(null));
    }

    @Test
    @Tag("transactions") // TransactWriteItems
    @Tag("local-differs") // DynamoDB bills 2 WCU per KB of every item in a transaction (documented)
    @DisplayName("DynamoDB Local reports a write transaction as 2 x the sum of its items' DISTINCT write units: two"
            + " 5-byte items 2.0 and two 2,000-byte items 4.0 (DynamoDB: 4 and 8); 1,025 + 5 bytes 6.0, as on DynamoDB")
    void transactionUnitsOnLocal(DynamoDbClient client, Tables tables) {
        String table = table(client, tables);
        Map<String, AttributeValue> tiny1 = Map.of("pk", AttributeValue.fromS("t1"));
        Map<String, AttributeValue> tiny2 = Map.of("pk", AttributeValue.fromS("t2"));
        List<Map<String, AttributeValue>> twoTiny = List.of(tiny1, tiny2);
        List<Map<String, AttributeValue>> twoOf2000 =
                List.of(WorkedExamples.paddedItem("m1", 2000), WorkedExamples.paddedItem("m2", 2000));
        List<Map<String, AttributeValue>> mixed =
                List.of(WorkedExamples.paddedItem("x1", 1025), Map.of("pk", AttributeValue.fromS("x2")));

        assertThat(OperationCosts.putAllInTransaction(client, table, twoTiny)).isEqualTo(2.0);
        assertThat(OperationCosts.putAllInTransaction(client, table, twoOf2000)).isEqualTo(4.0);
        assertThat(OperationCosts.putAllInTransaction(client, table, mixed))
                .isEqualTo(6.0)
                .isEqualTo(transactionUnits(mixed));
        // The documented rule, which OperationUnits follows: 2 per KB of every item.
        assertThat(transactionUnits(twoTiny)).isEqualTo(4.0);
        assertThat(transactionUnits(twoOf2000)).isEqualTo(8.0);
        // Reads are billed per item, as documented: 2 RCU for each of the two tiny items.
        assertThat(OperationCosts.getAllInTransaction(client, table, List.of(key(tiny1), key(tiny2))))
                .isEqualTo(4.0);
    }

    private static double transactionUnits(List<Map<String, AttributeValue>> newItems) {
        return newItems.stream()
                .mapToDouble(i -> OperationUnits.transactionalWriteUnits(null, i))
                .sum();
    }

    @Test
    @Tag("transactions") // a ConditionCheck in TransactWriteItems
    @DisplayName("a ConditionCheck in a transaction is billed as a transactional read: 9,000 bytes cost 6 units")
    void conditionCheck(DynamoDbClient client, Tables tables) {
        String table = table(client, tables);
        Map<String, AttributeValue> big = WorkedExamples.paddedItem("big", 9000);
        client.putItem(b -> b.tableName(table).item(big));

        double units = total(client.transactWriteItems(b -> b.transactItems(
                                TransactWriteItem.builder()
                                        .conditionCheck(c -> c.tableName(table)
                                                .key(key(big))
                                                .conditionExpression("attribute_exists(pk)"))
                                        .build(),
                                TransactWriteItem.builder()
                                        .put(p -> p.tableName(table).item(Map.of("pk", AttributeValue.fromS("small"))))
                                        .build())
                        .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL))
                .consumedCapacity());

        assertThat(units)
                .isEqualTo(8.0)
                .isEqualTo(OperationUnits.conditionCheckUnits(big)
                        + OperationUnits.transactionalWriteUnits(null, Map.of("pk", AttributeValue.fromS("small"))));
    }

    @Test
    @DisplayName("GetItem with a ProjectionExpression is billed on the whole item, and a missing key costs the minimum")
    void projectionDoesNotSave(DynamoDbClient client, Tables tables) {
        String table = table(client, tables);
        Map<String, AttributeValue> big = WorkedExamples.paddedItem("big", 9000);
        client.putItem(b -> b.tableName(table).item(big));

        double projected = client.getItem(b -> b.tableName(table)
                        .key(key(big))
                        .projectionExpression("pk")
                        .consistentRead(true)
                        .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL))
                .consumedCapacity()
                .capacityUnits();

        assertThat(projected).isEqualTo(3.0).isEqualTo(CapacityCalculator.readUnits(big, true));
        assertThat(MeasureCapacity.getUnits(client, table, Map.of("pk", AttributeValue.fromS("none")), false))
                .isEqualTo(0.5)
                .isEqualTo(CapacityCalculator.readUnits(null, false));
    }

    @Test
    @Tag("local-differs") // the Query API reference: a query that returns nothing consumes the minimum read units
    @DisplayName("DynamoDB Local bills a Query that finds nothing 0 RCU (AWS documents a charge even then)")
    void emptyQuery(DynamoDbClient client, Tables tables) {
        String table = table(client, tables);

        double units = MeasureCapacity.queryUnits(
                client,
                QueryRequest.builder()
                        .tableName(table)
                        .keyConditionExpression("pk = :p")
                        .expressionAttributeValues(Map.of(":p", AttributeValue.fromS("nobody")))
                        .build());

        assertThat(units).isZero().isEqualTo(OperationUnits.queryReadUnits(List.of(), false));
    }
}
