package com.example.dynamodb.techniques;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

@DynamoDbTest
class OverloadedIndexTest {

    private static String seeded(DynamoDbClient client, Tables tables) {
        String table = tables.reserve("Company");
        tables.createAndWait(CompanyTable.definition(table));
        CompanyTable.seed(client, table);
        return table;
    }

    private static List<String> pks(List<Map<String, AttributeValue>> items) {
        return items.stream().map(i -> i.get("PK").s() + "/" + i.get("SK").s()).toList();
    }

    @Test
    @DisplayName("orders by status and date range: only that status, only those dates, oldest first")
    void ordersByStatus(DynamoDbClient client, Tables tables) {
        String table = seeded(client, tables);

        var march = OverloadedIndex.ordersByStatus(
                client, table, "SHIPPED", LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31));

        assertThat(pks(march)).containsExactly("CUST#c1/ORDER#o1", "CUST#c2/ORDER#o2");
        assertThat(pks(OverloadedIndex.ordersByStatus(
                        client, table, "SHIPPED", LocalDate.of(2024, 3, 20), LocalDate.of(2024, 4, 1))))
                .as("both ends of the range are included")
                .containsExactly("CUST#c2/ORDER#o2", "CUST#c3/ORDER#o4");
    }

    @Test
    @DisplayName("employees by city, sorted by last name")
    void employeesByCity(DynamoDbClient client, Tables tables) {
        String table = seeded(client, tables);

        assertThat(OverloadedIndex.employeesInCity(client, table, "Lisbon"))
                .extracting(i -> i.get("name").s())
                .containsExactly("Rui Costa", "Ana Silva");
    }

    @Test
    @DisplayName("products of a category up to a price, cheapest first (9.99 before 12.50)")
    void productsByPrice(DynamoDbClient client, Tables tables) {
        String table = seeded(client, tables);

        assertThat(pks(OverloadedIndex.productsUpTo(client, table, "books", 2_000)))
                .containsExactly("PRODUCT#BK-2/PROFILE", "PRODUCT#BK-1/PROFILE");
        assertThat(OverloadedIndex.productsUpTo(client, table, "books", 4_500)).hasSize(3);
        assertThat(OverloadedIndex.productsUpTo(client, table, "books", 998)).isEmpty();
    }

    @Test
    @DisplayName("prefixes keep the patterns apart: a city named like a status never shows up among orders")
    void prefixesSeparateEntities(DynamoDbClient client, Tables tables) {
        String table = seeded(client, tables);
        CompanyTable.put(client, table, "employee", KeyGrammar.employee("e9", "SHIPPED", "Odd"), Map.of());

        var shipped = OverloadedIndex.ordersByStatus(
                client, table, "SHIPPED", LocalDate.of(2000, 1, 1), LocalDate.of(2099, 12, 31));

        assertThat(shipped)
                .hasSize(3)
                .allSatisfy(i -> assertThat(i.get("type").s()).isEqualTo("order"));
        assertThat(OverloadedIndex.employeesInCity(client, table, "SHIPPED")).hasSize(1);
    }

    @Test
    @Tag("capacity") // ConsumedCapacity reports the GSI's write units
    @DisplayName("every entity on the overloaded index pays for an index write; one without GSI1 keys pays none")
    void indexWriteCost(DynamoDbClient client, Tables tables) {
        String table = seeded(client, tables);

        ConsumedCapacity indexed = client.putItem(b -> b.tableName(table)
                        .item(withType(KeyGrammar.product("TY-2", "toys", 700), "product"))
                        .returnConsumedCapacity(ReturnConsumedCapacity.INDEXES))
                .consumedCapacity();
        ConsumedCapacity sparse = client.putItem(b -> b.tableName(table)
                        .item(Map.of(
                                "PK", AttributeValue.fromS("PRODUCT#TY-2"),
                                "SK", AttributeValue.fromS("STOCK"),
                                "units", AttributeValue.fromN("4")))
                        .returnConsumedCapacity(ReturnConsumedCapacity.INDEXES))
                .consumedCapacity();

        assertThat(indexed.table().capacityUnits()).isEqualTo(1.0);
        assertThat(indexed.globalSecondaryIndexes().get(CompanyTable.GSI1).capacityUnits())
                .isEqualTo(1.0);
        assertThat(indexed.capacityUnits()).isEqualTo(2.0);
        assertThat(sparse.capacityUnits()).isEqualTo(1.0);
        assertThat(sparse.globalSecondaryIndexes()).doesNotContainKey(CompanyTable.GSI1);
        assertThat(client.scan(b -> b.tableName(table).indexName(CompanyTable.GSI1))
                        .items())
                .as("an item without GSI1PK is not in the index at all (a sparse index)")
                .noneMatch(i -> i.get("SK").s().equals("STOCK"));
    }

    private static Map<String, AttributeValue> withType(Map<String, AttributeValue> keys, String type) {
        var item = new HashMap<>(keys);
        item.put("type", AttributeValue.fromS(type));
        return item;
    }
}
