package com.example.dynamodb.techniques;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The {@code Company} table that {@link OverloadedIndex} reads: orders, employees and products in
 * one table, each with its keys from {@link KeyGrammar}, and one GSI, {@code GSI1}, on the generic
 * attributes {@code GSI1PK} and {@code GSI1SK}.
 */
public final class CompanyTable {

    public static final String GSI1 = "GSI1";

    private CompanyTable() {}

    public static CreateTableRequest definition(String tableName) {
        return CreateTableRequest.builder()
                .tableName(tableName)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                        a -> a.attributeName("PK").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("SK").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("GSI1PK").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("GSI1SK").attributeType(ScalarAttributeType.S))
                .keySchema(
                        k -> k.attributeName("PK").keyType(KeyType.HASH),
                        k -> k.attributeName("SK").keyType(KeyType.RANGE))
                .globalSecondaryIndexes(i -> i.indexName(GSI1)
                        .keySchema(
                                k -> k.attributeName("GSI1PK").keyType(KeyType.HASH),
                                k -> k.attributeName("GSI1SK").keyType(KeyType.RANGE))
                        .projection(p -> p.projectionType(ProjectionType.ALL)))
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

    private static Map<String, AttributeValue> amount(String amount) {
        return Map.of("amount", AttributeValue.fromN(amount));
    }

    private static Map<String, AttributeValue> name(String name) {
        return Map.of("name", AttributeValue.fromS(name));
    }
}
