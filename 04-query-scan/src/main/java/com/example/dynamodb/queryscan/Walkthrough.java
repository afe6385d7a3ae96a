package com.example.dynamodb.queryscan;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The whole lesson in order: {@code mvn -q -pl 04-query-scan compile exec:java}. */
public final class Walkthrough {

    private Walkthrough() {}

    public static void main(String[] args) {
        // Opens the backend and the tables, runs, cleans up; a failure ends in one clear paragraph.
        Walkthroughs.run(Walkthrough::run);
    }

    static void run(DynamoDbBackend ddb, Tables tables) {
        intro(ddb, tables);
        QueryByKeyCondition.demo(ddb, tables);
        QueryOptions.demo(ddb, tables);
        QueryIndexes.demo(ddb, tables);
        QueryWithEnhancedClient.demo(ddb, tables);
        ScanOrders.demo(ddb, tables);
        FilterExpressions.demo(ddb, tables);
        QueryVsScanCost.demo(ddb, tables);
        Pagination.demo(ddb, tables);
        ParallelScan.demo(ddb, tables);
        ResumeTokens.demo(ddb, tables);
        QueryMistakes.demo(ddb, tables);
    }

    static void intro(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("04 Querying and scanning data (backend: " + ddb.kind().id() + ")");
        List<Map<String, AttributeValue>> orders = SampleOrders.generate();
        String table = SampleOrders.seededTable(ddb.client(), tables);
        Narrator.step("Table " + table + ": partition key customerId, sort key orderKey"
                + " (ISO date + '#' + order id), GSI " + OrdersTable.STATUS_INDEX + ", LSI "
                + OrdersTable.AMOUNT_INDEX);
        Narrator.step(String.format(
                "Loaded %d orders of %d customers, %,d bytes (seed %d)",
                orders.size(), SampleOrders.CUSTOMERS, ItemSize.total(orders), SampleOrders.SEED));
        Narrator.say("One order, long attributes cut:");
        Narrator.items(orders.subList(0, 1));
    }
}
