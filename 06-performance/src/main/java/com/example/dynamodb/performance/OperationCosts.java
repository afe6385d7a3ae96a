package com.example.dynamodb.performance;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * What updates, deletes and transactions cost. An update is billed on the larger of the item
 * before and after, even if it changes one byte; a delete on the item it removes; a transaction
 * twice what the same plain operations would cost.
 */
public final class OperationCosts {

    private OperationCosts() {}

    // tag::update[]
    /** Sets one small attribute; returns the units consumed (the whole item's size counts). */
    public static double touch(DynamoDbClient client, String table, Map<String, AttributeValue> key) {
        return client.updateItem(b -> b.tableName(table)
                        .key(key)
                        .updateExpression("SET seen = :t")
                        .expressionAttributeValues(Map.of(":t", AttributeValue.fromBool(true)))
                        .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL))
                .consumedCapacity()
                .capacityUnits();
    }
    // end::update[]

    /** Deletes an item; returns the units consumed. */
    public static double delete(DynamoDbClient client, String table, Map<String, AttributeValue> key) {
        return client.deleteItem(b -> b.tableName(table).key(key).returnConsumedCapacity(ReturnConsumedCapacity.TOTAL))
                .consumedCapacity()
                .capacityUnits();
    }

    // tag::transaction[]
    /** Puts all items in one transaction; returns the units consumed. */
    public static double putAllInTransaction(
            DynamoDbClient client, String table, List<Map<String, AttributeValue>> items) {
        List<TransactWriteItem> writes = items.stream()
                .map(item -> TransactWriteItem.builder()
                        .put(p -> p.tableName(table).item(item))
                        .build())
                .toList();
        return client
                .transactWriteItems(b -> b.transactItems(writes).returnConsumedCapacity(ReturnConsumedCapacity.TOTAL))
                .consumedCapacity()
                .stream() // one entry per table
                .mapToDouble(ConsumedCapacity::capacityUnits)
                .sum();
    }

    /** Reads all keys in one transaction; returns the units consumed. */
    public static double getAllInTransaction(
            DynamoDbClient client, String table, List<Map<String, AttributeValue>> keys) {
        List<TransactGetItem> reads = keys.stream()
                .map(key -> TransactGetItem.builder()
                        .get(g -> g.tableName(table).key(key))
                        .build())
                .toList();
        return client
                .transactGetItems(b -> b.transactItems(reads).returnConsumedCapacity(ReturnConsumedCapacity.TOTAL))
                .consumedCapacity()
                .stream()
                .mapToDouble(ConsumedCapacity::capacityUnits)
                .sum();
    }
    // end::transaction[]

    static void demo(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("Updates, deletes and transactions");
        DynamoDbClient client = ddb.client();
        String table = TableSetup.create(ddb.client(), tables, "Costs", false);
        Map<String, AttributeValue> big = WorkedExamples.paddedItem("big", 5000);
        Map<String, AttributeValue> key = Map.of("pk", big.get("pk"));
        Narrator.show("PutItem of a 5,000-byte item (WCU)", MeasureCapacity.putUnits(client, table, big));
        Narrator.show("UpdateItem setting one boolean on it (WCU)", touch(client, table, key));
        Narrator.show("DeleteItem of it (WCU)", delete(client, table, key));
        Narrator.show("DeleteItem of a key that is not there (WCU)", delete(client, table, key));
        List<Map<String, AttributeValue>> items =
                List.of(WorkedExamples.paddedItem("t1", 1000), WorkedExamples.paddedItem("t2", 3000));
        Narrator.show(
                "TransactWriteItems putting 1,000 + 3,000 bytes (WCU; 1 + 3 plain)",
                putAllInTransaction(client, table, items));
        Narrator.show(
                "TransactGetItems reading them (RCU; 1 + 1 strongly consistent plain)",
                getAllInTransaction(
                        client,
                        table,
                        items.stream().map(i -> Map.of("pk", i.get("pk"))).toList()));
    }

    public static void main(String[] args) {
        Walkthroughs.run(OperationCosts::demo);
    }
}
