package com.example.dynamodb.performance;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/**
 * How to read what a request really cost: ask for {@code ReturnConsumedCapacity} and add up the
 * units from every response (every page, for a Query). The lesson's numbers all come from here;
 * the walkthrough puts each worked example and compares DynamoDB's bill with the calculator's.
 */
public final class MeasureCapacity {

    private MeasureCapacity() {}

    // tag::measure[]
    /** The units one PutItem consumed (table and indexes), as DynamoDB reports them. */
    public static double putUnits(DynamoDbClient client, String table, Map<String, AttributeValue> item) {
        return client.putItem(b -> b.tableName(table).item(item).returnConsumedCapacity(ReturnConsumedCapacity.TOTAL))
                .consumedCapacity()
                .capacityUnits();
    }

    // end::measure[]

    /** The units one GetItem consumed. */
    public static double getUnits(
            DynamoDbClient client, String table, Map<String, AttributeValue> key, boolean consistent) {
        return client.getItem(b -> b.tableName(table)
                        .key(key)
                        .consistentRead(consistent)
                        .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL))
                .consumedCapacity()
                .capacityUnits();
    }

    // tag::measure-query[]
    /** The units a whole Query consumed: every page reports its own, so add them up. */
    public static double queryUnits(DynamoDbClient client, QueryRequest query) {
        QueryRequest measured = query.toBuilder()
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
                .build();
        double units = 0;
        for (QueryResponse page : client.queryPaginator(measured)) {
            units += page.consumedCapacity().capacityUnits();
        }
        return units;
    }

    // end::measure-query[]

    static void demo(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("Capacity units, to the byte");
        DynamoDbClient client = ddb.client();
        String table = TableSetup.create(client, tables, "Capacity", false);
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("item", "bytes", "WCU (Local)", "WCU (calc)", "strong RCU (Local)", "eventual RCU (Local)"));
        for (WorkedExamples.Example example : WorkedExamples.EXAMPLES) {
            Map<String, AttributeValue> item = example.item();
            double wcu = putUnits(client, table, item);
            double strong = getUnits(client, table, Map.of("pk", item.get("pk")), true);
            double eventual = getUnits(client, table, Map.of("pk", item.get("pk")), false);
            rows.add(List.of(
                    example.description(),
                    String.valueOf(CapacityCalculator.itemSizeBytes(item)),
                    String.valueOf(wcu),
                    String.valueOf(CapacityCalculator.writeUnits(item)),
                    String.valueOf(strong),
                    String.valueOf(eventual)));
        }
        Narrator.table(rows);
    }

    public static void main(String[] args) {
        Walkthroughs.run(MeasureCapacity::demo);
    }
}
