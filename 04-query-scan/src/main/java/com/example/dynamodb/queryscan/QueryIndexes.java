package com.example.dynamodb.queryscan;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/**
 * Query a secondary index: the same key conditions, on the index's keys. The GSI answers "all
 * Shipped orders in March" across customers; the LSI answers "this customer's orders of at least
 * 500, smallest first". By default a query returns the attributes projected into the index. A GSI
 * can return nothing else (asking for more is an error); an LSI can: DynamoDB then fetches each
 * matching item from the table as well, and bills that read on top of the index read.
 */
public final class QueryIndexes {

    private QueryIndexes() {}

    // tag::gsi[]
    /** Orders of one status placed in a month ("2024-03"), from the status/date GSI. */
    public static List<Map<String, AttributeValue>> byStatusInMonth(
            DynamoDbClient client, String table, String status, String month) {
        return client
                .queryPaginator(b -> b.tableName(table)
                        .indexName(OrdersTable.STATUS_INDEX)
                        .keyConditionExpression("#st = :s AND begins_with(orderDate, :m)")
                        .expressionAttributeNames(Map.of("#st", "status"))
                        .expressionAttributeValues(
                                Map.of(":s", AttributeValue.fromS(status), ":m", AttributeValue.fromS(month))))
                .items()
                .stream()
                .toList();
    }
    // end::gsi[]

    // tag::lsi[]
    /** One customer's orders of at least {@code min}, sorted by amount, from the LSI. */
    public static List<Map<String, AttributeValue>> ordersOfAtLeast(
            DynamoDbClient client, String table, String customerId, BigDecimal min) {
        return client
                .queryPaginator(b -> b.tableName(table)
                        .indexName(OrdersTable.AMOUNT_INDEX)
                        .keyConditionExpression("customerId = :c AND amount >= :min")
                        .expressionAttributeValues(Map.of(
                                ":c", AttributeValue.fromS(customerId),
                                ":min", AttributeValue.fromN(min.toPlainString())))
                        .consistentRead(true)) // allowed on an LSI; a GSI is always eventually consistent
                .items()
                .stream()
                .toList();
    }
    // end::lsi[]

    // tag::lsi-fetch[]
    /** What an LSI query returned, and its read cost: from the index, and fetched from the table. */
    public record IndexRead(List<Map<String, AttributeValue>> items, double indexUnits, double tableUnits) {}

    /**
     * The LSI query above with the attributes named in {@code projection} (null: what the index
     * projects). Name one the index does not project, such as {@code notes}, and DynamoDB fetches
     * every matching item from the table too: that read appears as the table's capacity.
     */
    public static IndexRead ordersOfAtLeastWith(
            DynamoDbClient client, String table, String customerId, BigDecimal min, String projection) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        double indexUnits = 0;
        double tableUnits = 0;
        for (QueryResponse page : client.queryPaginator(b -> b.tableName(table)
                .indexName(OrdersTable.AMOUNT_INDEX)
                .keyConditionExpression("customerId = :c AND amount >= :min")
                .projectionExpression(projection)
                .expressionAttributeValues(Map.of(
                        ":c", AttributeValue.fromS(customerId),
                        ":min", AttributeValue.fromN(min.toPlainString())))
                .consistentRead(true)
                .returnConsumedCapacity(ReturnConsumedCapacity.INDEXES))) { // split: table, each index
            items.addAll(page.items());
            ConsumedCapacity used = page.consumedCapacity();
            indexUnits +=
                    used.localSecondaryIndexes().get(OrdersTable.AMOUNT_INDEX).capacityUnits();
            tableUnits += used.table() == null ? 0 : used.table().capacityUnits();
        }
        return new IndexRead(items, indexUnits, tableUnits);
    }
    // end::lsi-fetch[]

    static void demo(DynamoDbBackend ddb, Tables tables) {
        DynamoDbClient client = ddb.client();
        String table = SampleOrders.seededTable(client, tables);
        Narrator.section("Query: a GSI and an LSI");
        var shipped = byStatusInMonth(client, table, "Shipped", "2024-03");
        Narrator.step("GSI " + OrdersTable.STATUS_INDEX + ": Shipped orders in March 2024, all" + " customers: "
                + shipped.size() + " (first 3, only projected attributes)");
        Narrator.items(shipped.subList(0, 3));
        Narrator.step("LSI " + OrdersTable.AMOUNT_INDEX + ": c042's orders of at least 500, by amount");
        Narrator.items(ordersOfAtLeast(client, table, "c042", new BigDecimal("500")));
        IndexRead projected = ordersOfAtLeastWith(client, table, "c042", new BigDecimal("500"), null);
        IndexRead fetched =
                ordersOfAtLeastWith(client, table, "c042", new BigDecimal("500"), "orderKey, amount, notes");
        Narrator.step("The same LSI query asking for notes, which the index does not project: "
                + fetched.items().size() + " items fetched from the table, " + fetched.indexUnits() + " RCU index + "
                + fetched.tableUnits() + " RCU table (projected attributes only: " + projected.indexUnits()
                + " + " + projected.tableUnits() + ")");
    }

    public static void main(String[] args) {
        Walkthroughs.run(QueryIndexes::demo);
    }
}
