package com.example.dynamodb.queryscan;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Query a secondary index: the same key conditions, on the index's keys. The GSI answers "all
 * Shipped orders in March" across customers; the LSI answers "this customer's orders of at least
 * 500, smallest first". An index returns only the attributes projected into it.
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
    }

    public static void main(String[] args) {
        try (DynamoDbBackend ddb = DynamoDbBackend.open();
                Tables tables = Tables.forWalkthrough(ddb)) {
            demo(ddb, tables);
        }
    }
}
