package com.example.dynamodb.queryscan;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.document.EnhancedDocument;
import software.amazon.awssdk.enhanced.dynamodb.model.ScanEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * Scan reads every item of a table or index, one page (at most 1 MB, or {@code Limit} items) per
 * request. Fine for a small table or a one-off export; on a large table it reads, and bills,
 * everything, however few items you keep.
 */
public final class ScanOrders {

    private ScanOrders() {}

    // tag::scan-all[]
    /** Every item of a table. Caution: cost and time grow with the table, not with the result. */
    public static List<Map<String, AttributeValue>> allItems(DynamoDbClient client, String table) {
        return client.scanPaginator(b -> b.tableName(table)).items().stream().toList();
    }
    // end::scan-all[]

    // tag::pages[]
    /** How many items each page held: pages end at 1 MB, or after {@code limit} items if given. */
    public static List<Integer> pageSizes(DynamoDbClient client, String table, Integer limit) {
        ScanRequest request =
                ScanRequest.builder().tableName(table).limit(limit).build();
        return client.scanPaginator(request).stream().map(ScanResponse::count).toList();
    }
    // end::pages[]

    /** Scanning an index returns only what is projected into it: here keys, status, date, amount. */
    public static List<Map<String, AttributeValue>> scanIndex(DynamoDbClient client, String table, String index) {
        return client.scanPaginator(b -> b.tableName(table).indexName(index)).items().stream()
                .toList();
    }

    // tag::export[]
    /**
     * A do-it-yourself export, the job a Scan suits: every item, page by page, one JSON line each.
     * It reads (and bills) the whole table once; nothing but the current page is held in memory.
     */
    public static long exportAsJsonLines(DynamoDbClient client, String table, Writer out) throws IOException {
        long exported = 0;
        for (ScanResponse page : client.scanPaginator(b -> b.tableName(table))) {
            for (Map<String, AttributeValue> item : page.items()) {
                out.write(EnhancedDocument.fromAttributeValueMap(item).toJson()); // the SDK's JSON
                out.write('\n');
                exported++;
            }
        }
        return exported;
    }
    // end::export[]

    // tag::enhanced[]
    /** The Enhanced Client's scan: beans instead of maps, pages followed for you. */
    public static List<Order> allOrders(DynamoDbTable<Order> orders, Integer pageSize) {
        return orders.scan(ScanEnhancedRequest.builder().limit(pageSize).build()).items().stream()
                .toList();
    }
    // end::enhanced[]

    /** A small Users table: five users, one partition key each. */
    static String usersTable(DynamoDbClient client, Tables tables) {
        String name = tables.reserve("Users");
        tables.createAndWait(OrdersTable.simpleTable(name, "userId"));
        for (String user : List.of("ana", "bo", "chen", "dara", "emil")) {
            client.putItem(b -> b.tableName(name)
                    .item(Map.of(
                            "userId", AttributeValue.fromS(user), "name", AttributeValue.fromS(user.toUpperCase()))));
        }
        return name;
    }

    static void demo(DynamoDbBackend ddb, Tables tables) {
        DynamoDbClient client = ddb.client();
        Narrator.section("Scan");
        Narrator.step("All users of a five-item Users table: a Scan is fine at this size");
        Narrator.items(allItems(client, usersTable(client, tables)));
        Narrator.say("On a table of millions of users the same call reads (and bills) every one.");
        String table = SampleOrders.seededTable(client, tables);
        Narrator.step("Scanning the 2,000 orders (~3 MB) with the paginator");
        Narrator.show("items per page (each page stops at 1 MB)", pageSizes(client, table, null));
        Narrator.show("items per page with Limit=500", pageSizes(client, table, 500));
        Narrator.step("Scanning the GSI " + OrdersTable.STATUS_INDEX
                + " returns only the projected attributes: "
                + scanIndex(client, table, OrdersTable.STATUS_INDEX).size() + " items in "
                + client.scanPaginator(b -> b.tableName(table).indexName(OrdersTable.STATUS_INDEX)).stream()
                        .count() + " page(s)");
        StringWriter export = new StringWriter();
        try {
            Narrator.step("Exported as JSON lines: " + exportAsJsonLines(client, table, export) + " orders, "
                    + String.format("%,d", export.toString().length()) + " characters; the first starts "
                    + export.toString().substring(0, 60) + "...");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Narrator.step("Enhanced Client scan with limit(250): "
                + allOrders(QueryWithEnhancedClient.table(ddb.enhancedClient(), table), 250)
                        .size()
                + " orders, pages followed automatically");
    }

    public static void main(String[] args) {
        Walkthroughs.run(ScanOrders::demo);
    }
}
