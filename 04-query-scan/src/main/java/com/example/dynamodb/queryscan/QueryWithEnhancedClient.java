package com.example.dynamodb.queryscan;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.time.LocalDate;
import java.util.List;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryEnhancedRequest;

/**
 * The same queries with the Enhanced Client: a {@link QueryConditional} replaces the key
 * condition string, beans replace attribute maps, and the returned iterable pages by itself.
 * Compare each method with its low-level twin in {@link QueryByKeyCondition} and
 * {@link QueryIndexes}.
 */
public final class QueryWithEnhancedClient {

    private QueryWithEnhancedClient() {}

    public static DynamoDbTable<Order> table(DynamoDbEnhancedClient enhanced, String tableName) {
        return enhanced.table(tableName, TableSchema.fromBean(Order.class));
    }

    // tag::between[]
    public static List<Order> ordersBetween(
            DynamoDbTable<Order> orders, String customerId, LocalDate from, LocalDate to) {
        QueryConditional between = QueryConditional.sortBetween(
                Key.builder()
                        .partitionValue(customerId)
                        .sortValue(from.toString())
                        .build(),
                Key.builder().partitionValue(customerId).sortValue(to + "~").build());
        return orders.query(between).items().stream().toList();
    }
    // end::between[]

    public static List<Order> ordersWithPrefix(DynamoDbTable<Order> orders, String customerId, String prefix) {
        return orders
                .query(QueryConditional.sortBeginsWith(Key.builder()
                        .partitionValue(customerId)
                        .sortValue(prefix)
                        .build()))
                .items()
                .stream()
                .toList();
    }

    /** Newest first, at most {@code n}: pages of n, and no further than the n-th order. */
    public static List<Order> latestOrders(DynamoDbTable<Order> orders, String customerId, int n) {
        QueryEnhancedRequest request = QueryEnhancedRequest.builder()
                .queryConditional(QueryConditional.keyEqualTo(k -> k.partitionValue(customerId)))
                .scanIndexForward(false)
                .limit(n)
                .build();
        return orders.query(request).items().stream().limit(n).toList();
    }

    // tag::gsi[]
    public static List<Order> byStatusInMonth(DynamoDbTable<Order> orders, String status, String month) {
        return orders
                .index(OrdersTable.STATUS_INDEX)
                .query(QueryConditional.sortBeginsWith(
                        k -> k.partitionValue(status).sortValue(month)))
                .stream()
                .flatMap(page -> page.items().stream())
                .toList();
    }
    // end::gsi[]

    static void demo(DynamoDbBackend ddb, Tables tables) {
        String name = SampleOrders.seededTable(ddb.client(), tables);
        DynamoDbTable<Order> orders = table(ddb.enhancedClient(), name);
        Narrator.section("Query with the Enhanced Client");
        Narrator.step("QueryConditional.sortBetween: c042 in March 2024");
        ordersBetween(orders, "c042", LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31))
                .forEach(o -> Narrator.say(o.toString()));
        Narrator.step("Latest 2 (scanIndexForward=false, limit=2): " + latestOrders(orders, "c042", 2));
        Narrator.step("GSI through orders.index(...): Shipped in March 2024: "
                + byStatusInMonth(orders, "Shipped", "2024-03").size() + " orders");
    }

    public static void main(String[] args) {
        Walkthroughs.run(QueryWithEnhancedClient::demo);
    }
}
