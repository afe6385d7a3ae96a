package com.example.dynamodb.techniques;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * One GSI, three access patterns: orders by status and date, employees by city, products by
 * category and price. Each entity writes its own meaning into the generic {@code GSI1PK} and
 * {@code GSI1SK} attributes, following {@link KeyGrammar}; the prefixes keep the patterns apart.
 */
public final class OverloadedIndex {

    public static final String GSI1 = "GSI1";

    private OverloadedIndex() {}

    public static CreateTableRequest definition(String tableName) {
        return CreateTableRequest.builder()
                .tableName(tableName)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(stringAttr("PK"), stringAttr("SK"), stringAttr("GSI1PK"), stringAttr("GSI1SK"))
                .keySchema(key("PK", KeyType.HASH), key("SK", KeyType.RANGE))
                .globalSecondaryIndexes(GlobalSecondaryIndex.builder()
                        .indexName(GSI1)
                        .keySchema(key("GSI1PK", KeyType.HASH), key("GSI1SK", KeyType.RANGE))
                        .projection(Projection.builder()
                                .projectionType(ProjectionType.ALL)
                                .build())
                        .build())
                .build();
    }

    /** Writes an entity: its keys from the grammar, plus a type and its own attributes. */
    public static void put(
            DynamoDbClient client,
            String table,
            String type,
            Map<String, AttributeValue> keys,
            Map<String, AttributeValue> attributes) {
        Map<String, AttributeValue> item = new HashMap<>(attributes);
        item.putAll(keys);
        item.put("type", AttributeValue.fromS(type));
        client.putItem(b -> b.tableName(table).item(item));
    }

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

    /** Three entity types sharing the table and the index. */
    public static void seed(DynamoDbClient client, String table) {
        put(client, table, "order", KeyGrammar.order("c1", "o1", "SHIPPED", LocalDate.of(2024, 3, 2)), amount("40.00"));
        put(
                client,
                table,
                "order",
                KeyGrammar.order("c2", "o2", "SHIPPED", LocalDate.of(2024, 3, 20)),
                amount("12.50"));
        put(client, table, "order", KeyGrammar.order("c1", "o3", "PENDING", LocalDate.of(2024, 3, 5)), amount("7.00"));
        put(client, table, "order", KeyGrammar.order("c3", "o4", "SHIPPED", LocalDate.of(2024, 4, 1)), amount("99.90"));
        put(client, table, "employee", KeyGrammar.employee("e1", "Lisbon", "Silva"), name("Ana Silva"));
        put(client, table, "employee", KeyGrammar.employee("e2", "Lisbon", "Costa"), name("Rui Costa"));
        put(client, table, "employee", KeyGrammar.employee("e3", "Porto", "Sousa"), name("Eva Sousa"));
        put(client, table, "product", KeyGrammar.product("BK-1", "books", 1_250), name("DynamoDB in Depth"));
        put(client, table, "product", KeyGrammar.product("BK-2", "books", 999), name("Keys and Indexes"));
        put(client, table, "product", KeyGrammar.product("BK-3", "books", 4_500), name("Modeling Handbook"));
        put(client, table, "product", KeyGrammar.product("TY-1", "toys", 1_500), name("Wooden Train"));
    }

    static void demo(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("GSI overloading: one index, three access patterns");
        String table = tables.reserve("Company");
        tables.createAndWait(definition(table));
        seed(ddb.client(), table);
        DynamoDbClient client = ddb.client();
        Narrator.step("SHIPPED orders in March 2024:");
        Narrator.items(ordersByStatus(client, table, "SHIPPED", LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31)));
        Narrator.step("Employees in Lisbon, by last name:");
        Narrator.items(employeesInCity(client, table, "Lisbon"));
        Narrator.step("Books up to 20.00, cheapest first:");
        Narrator.items(productsUpTo(client, table, "books", 2_000));
    }

    private static Map<String, AttributeValue> amount(String amount) {
        return Map.of("amount", AttributeValue.fromN(amount));
    }

    private static Map<String, AttributeValue> name(String name) {
        return Map.of("name", AttributeValue.fromS(name));
    }

    private static AttributeDefinition stringAttr(String name) {
        return AttributeDefinition.builder()
                .attributeName(name)
                .attributeType(ScalarAttributeType.S)
                .build();
    }

    private static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }
}
