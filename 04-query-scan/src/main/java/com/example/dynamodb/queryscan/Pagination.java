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
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * Pagination: a response carries at most one page; {@code LastEvaluatedKey} says where it stopped
 * and goes back as {@code ExclusiveStartKey} for the next page. The loop ends when there is no
 * LastEvaluatedKey, never when a page is empty: with a filter, an empty page may still have one.
 */
public final class Pagination {

    private Pagination() {}

    // tag::by-hand[]
    /** One page: its items and the key to continue from (empty map: this was the last page). */
    public record Page(List<Map<String, AttributeValue>> items, Map<String, AttributeValue> nextKey) {
        public boolean hasNext() {
            return !nextKey.isEmpty();
        }
    }

    /** One page of a customer's orders, starting after {@code startKey} (null: from the start). */
    public static Page ordersPage(
            DynamoDbClient client,
            String table,
            String customerId,
            int pageSize,
            Map<String, AttributeValue> startKey) {
        QueryResponse response = client.query(b -> b.tableName(table)
                .keyConditionExpression("customerId = :c")
                .expressionAttributeValues(Map.of(":c", AttributeValue.fromS(customerId)))
                .limit(pageSize)
                .exclusiveStartKey(startKey));
        // The SDK returns an empty map, not null, when there is no LastEvaluatedKey.
        return new Page(response.items(), response.lastEvaluatedKey());
    }

    /** All of a customer's orders, page by page, by hand. */
    public static List<Page> allPages(DynamoDbClient client, String table, String customerId, int size) {
        List<Page> pages = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            Page page = ordersPage(client, table, customerId, size, start);
            pages.add(page);
            start = page.nextKey();
        } while (!start.isEmpty());
        return pages;
    }
    // end::by-hand[]

    // tag::paginator[]
    /** The same with the SDK's paginator: it sends ExclusiveStartKey for you, lazily. */
    public static List<Integer> pageSizesWithPaginator(
            DynamoDbClient client, String table, String customerId, int size) {
        return client
                .queryPaginator(b -> b.tableName(table)
                        .keyConditionExpression("customerId = :c")
                        .expressionAttributeValues(Map.of(":c", AttributeValue.fromS(customerId)))
                        .limit(size))
                .stream()
                .map(QueryResponse::count)
                .toList();
    }
    // end::paginator[]

    // tag::empty-pages[]
    /** Scan pages of {@code limit} items with a filter: many come back empty, yet not the last. */
    public static List<ScanResponse> filteredScanPages(
            DynamoDbClient client, String table, String giftFrom, int limit) {
        return client
                .scanPaginator(b -> b.tableName(table)
                        .limit(limit) // Limit counts items read, before the filter
                        .filterExpression("giftMessage = :m")
                        .expressionAttributeValues(
                                Map.of(":m", AttributeValue.fromS("Happy birthday from " + giftFrom))))
                .stream()
                .toList();
    }
    // end::empty-pages[]

    static void demo(DynamoDbBackend ddb, Tables tables) {
        DynamoDbClient client = ddb.client();
        String table = SampleOrders.seededTable(client, tables);
        Narrator.section("Pagination");
        Narrator.step("c042's orders, 8 per page, by hand");
        for (Page page : allPages(client, table, "c042", 8)) {
            Narrator.say(page.items().size() + " items, LastEvaluatedKey="
                    + (page.hasNext() ? Narrator.format(page.nextKey()) : "(none: last page)"));
        }
        Narrator.step("The paginator, same pages: " + pageSizesWithPaginator(client, table, "c042", 8));
        List<ScanResponse> pages = filteredScanPages(client, table, "c042", 200);
        long empty = pages.stream()
                .filter(p -> p.count() == 0
                        && p.hasLastEvaluatedKey()
                        && !p.lastEvaluatedKey().isEmpty())
                .count();
        Narrator.step("Scan with Limit=200 and a filter matching c042's gift orders: " + pages.size()
                + " pages, " + empty + " of them empty but with a LastEvaluatedKey, items per page "
                + pages.stream().map(ScanResponse::count).toList());
    }

    public static void main(String[] args) {
        Walkthroughs.run(Pagination::demo);
    }
}
