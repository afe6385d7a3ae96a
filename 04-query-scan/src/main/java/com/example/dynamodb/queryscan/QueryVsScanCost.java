package com.example.dynamodb.queryscan;

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
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * What a read costs, measured: every request asks for {@code ReturnConsumedCapacity} and the
 * numbers below are summed from DynamoDB's answers, page by page. A Query reads one item
 * collection; a Scan reads the whole table, whatever its filter keeps.
 */
public final class QueryVsScanCost {

    private QueryVsScanCost() {}

    // tag::measure-query[]
    /** One measured read: items returned, items read, pages, and read capacity units consumed. */
    public record Cost(String what, int count, int scannedCount, int pages, double capacityUnits) {}

    /** A customer's orders, optionally filtered by status; all pages, capacity summed. */
    public static Cost queryCustomer(
            DynamoDbClient client, String table, String customerId, String statusFilter, boolean consistent) {
        QueryRequest.Builder request = QueryRequest.builder()
                .tableName(table)
                .keyConditionExpression("customerId = :c")
                .consistentRead(consistent)
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL);
        if (statusFilter == null) {
            request.expressionAttributeValues(Map.of(":c", AttributeValue.fromS(customerId)));
        } else {
            request.filterExpression("#st = :s")
                    .expressionAttributeNames(Map.of("#st", "status"))
                    .expressionAttributeValues(
                            Map.of(":c", AttributeValue.fromS(customerId), ":s", AttributeValue.fromS(statusFilter)));
        }
        int count = 0;
        int scanned = 0;
        int pages = 0;
        double units = 0;
        for (QueryResponse page : client.queryPaginator(request.build())) {
            count += page.count();
            scanned += page.scannedCount();
            pages++;
            units += page.consumedCapacity().capacityUnits();
        }
        return new Cost(
                "Query " + customerId + (statusFilter == null ? "" : " + filter")
                        + (consistent ? " (strong)" : " (eventual)"),
                count,
                scanned,
                pages,
                units);
    }
    // end::measure-query[]

    /** The whole table, or only the items a filter keeps ({@code null}: no filter). */
    public static Cost scan(DynamoDbClient client, String table, String customerFilter, boolean consistent) {
        List<ScanResponse> pages = scanPages(client, table, customerFilter, consistent);
        return new Cost(
                "Scan" + (customerFilter == null ? "" : " filtered to " + customerFilter)
                        + (consistent ? " (strong)" : " (eventual)"),
                pages.stream().mapToInt(ScanResponse::count).sum(),
                pages.stream().mapToInt(ScanResponse::scannedCount).sum(),
                pages.size(),
                pages.stream()
                        .mapToDouble(p -> p.consumedCapacity().capacityUnits())
                        .sum());
    }

    // tag::scan-pages[]
    /** Every page of a Scan, each with its own ConsumedCapacity, Count and ScannedCount. */
    public static List<ScanResponse> scanPages(
            DynamoDbClient client, String table, String customerFilter, boolean consistent) {
        ScanRequest.Builder request = ScanRequest.builder()
                .tableName(table)
                .consistentRead(consistent)
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL);
        if (customerFilter != null) { // a Scan may filter on a key attribute; a Query may not
            request.filterExpression("customerId = :c")
                    .expressionAttributeValues(Map.of(":c", AttributeValue.fromS(customerFilter)));
        }
        return client.scanPaginator(request.build()).stream().toList();
    }
    // end::scan-pages[]

    /**
     * One request for the Shipped orders of March from the GSI, to show its capacity broken down per
     * index (INDEXES). A single response: these 42 small entries fit in one page; to read them all
     * in general, use the paginator as {@link QueryIndexes#byStatusInMonth} does.
     */
    public static QueryResponse queryIndexWithBreakdown(DynamoDbClient client, String table) {
        return client.query(b -> b.tableName(table)
                .indexName(OrdersTable.STATUS_INDEX)
                .keyConditionExpression("#st = :s AND begins_with(orderDate, :m)")
                .expressionAttributeNames(Map.of("#st", "status"))
                .expressionAttributeValues(
                        Map.of(":s", AttributeValue.fromS("Shipped"), ":m", AttributeValue.fromS("2024-03")))
                .returnConsumedCapacity(ReturnConsumedCapacity.INDEXES));
    }

    static void demo(DynamoDbBackend ddb, Tables tables) {
        DynamoDbClient client = ddb.client();
        String table = SampleOrders.seededTable(client, tables);
        Narrator.section("Query vs Scan: the measured cost");
        List<Cost> costs = new ArrayList<>();
        costs.add(queryCustomer(client, table, "c042", null, true));
        costs.add(queryCustomer(client, table, "c042", null, false));
        costs.add(queryCustomer(client, table, "c042", "Shipped", false));
        costs.add(scan(client, table, "c042", false));
        costs.add(scan(client, table, null, false));
        costs.add(scan(client, table, null, true));
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("read", "Count", "ScannedCount", "pages", "RCU"));
        costs.forEach(c -> rows.add(List.of(
                c.what(),
                String.valueOf(c.count()),
                String.valueOf(c.scannedCount()),
                String.valueOf(c.pages()),
                String.valueOf(c.capacityUnits()))));
        Narrator.table(rows);
        Narrator.say(String.format(
                "The Query returned the same %d orders as the filtered Scan for" + " %.1f%% of its capacity.",
                costs.get(1).count(),
                100 * costs.get(1).capacityUnits() / costs.get(3).capacityUnits()));
        ScanResponse page = scanPages(client, table, "c042", false).get(0);
        Narrator.say("First page of the filtered Scan: read " + page.scannedCount() + " items (1 MB),"
                + " kept " + page.count() + ", LastEvaluatedKey present: "
                + !page.lastEvaluatedKey().isEmpty());
        Narrator.show(
                "GSI query with ReturnConsumedCapacity.INDEXES",
                queryIndexWithBreakdown(client, table).consumedCapacity());
    }

    public static void main(String[] args) {
        Walkthroughs.run(QueryVsScanCost::demo);
    }
}
