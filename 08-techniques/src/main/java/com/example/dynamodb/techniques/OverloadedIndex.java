package com.example.dynamodb.techniques;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One GSI, three access patterns: orders by status and date, employees by city, products by
 * category and price. Each entity writes its own meaning into the generic {@code GSI1PK} and
 * {@code GSI1SK} attributes, following {@link KeyGrammar}; the prefixes keep the patterns apart.
 */
public final class OverloadedIndex {

    private OverloadedIndex() {}

    // tag::patterns[]
    /** Orders of one status placed between two dates (both included), oldest first. */
    public static List<Map<String, AttributeValue>> ordersByStatus(
            DynamoDbClient client, String table, String status, LocalDate from, LocalDate to) {
        return OverloadedIndex.queryGsi1(
                client,
                table,
                "GSI1PK = :pk AND GSI1SK BETWEEN :from AND :to",
                Map.of(
                        ":pk", AttributeValue.fromS("STATUS#" + KeyGrammar.part("status", status)),
                        ":from", AttributeValue.fromS("DATE#" + from),
                        ":to", AttributeValue.fromS("DATE#" + to + "~"))); // '~' sorts after "#ORDER#..."
    }

    public static List<Map<String, AttributeValue>> queryGsi1(
            DynamoDbClient client, String table, String keyCondition, Map<String, AttributeValue> values) {
        return client
                .queryPaginator(b -> b.tableName(table)
                        .indexName("GSI1")
                        .keyConditionExpression(keyCondition)
                        .expressionAttributeValues(values))
                .items()
                .stream()
                .toList();
    }
    // end::patterns[]

    /** Employees of one city, by last name. */
    public static List<Map<String, AttributeValue>> employeesInCity(DynamoDbClient client, String table, String city) {
        return OverloadedIndex.queryGsi1(
                client,
                table,
                "GSI1PK = :pk AND begins_with(GSI1SK, :emp)",
                Map.of(
                        ":pk", AttributeValue.fromS("CITY#" + KeyGrammar.part("city", city)),
                        ":emp", AttributeValue.fromS("EMP#")));
    }

    /** Products of one category costing at most {@code maxCents}, cheapest first. */
    public static List<Map<String, AttributeValue>> productsUpTo(
            DynamoDbClient client, String table, String category, long maxCents) {
        return OverloadedIndex.queryGsi1(
                client,
                table,
                "GSI1PK = :pk AND GSI1SK BETWEEN :low AND :high",
                Map.of(
                        ":pk", AttributeValue.fromS("CATEGORY#" + KeyGrammar.part("category", category)),
                        ":low", AttributeValue.fromS("PRICE#"),
                        ":high", AttributeValue.fromS("PRICE#" + KeyGrammar.price(maxCents) + "#~")));
    }

    static void demo(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("GSI overloading: one index, three access patterns");
        String table = tables.reserve("Company");
        tables.createAndWait(CompanyTable.definition(table));
        CompanyTable.seed(ddb.client(), table);
        DynamoDbClient client = ddb.client();
        Narrator.step("SHIPPED orders in March 2024:");
        Narrator.items(ordersByStatus(client, table, "SHIPPED", LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31)));
        Narrator.step("Employees in Lisbon, by last name:");
        Narrator.items(employeesInCity(client, table, "Lisbon"));
        Narrator.step("Books up to 20.00, cheapest first:");
        Narrator.items(productsUpTo(client, table, "books", 2_000));
    }

    public static void main(String[] args) {
        Walkthroughs.run(OverloadedIndex::demo);
    }
}
