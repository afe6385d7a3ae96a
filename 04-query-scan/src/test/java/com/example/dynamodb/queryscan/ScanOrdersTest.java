package com.example.dynamodb.queryscan;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.document.EnhancedDocument;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@DynamoDbTest
@ExtendWith(SeededOrders.Extension.class)
class ScanOrdersTest {

    @Test
    @DisplayName("a Scan with the paginator returns every item of the table exactly once")
    void everyItemOnce(DynamoDbClient client, SeededOrders orders) {
        var all = ScanOrders.allItems(client, orders.table());
        assertThat(QueryByKeyConditionTest.keys(all))
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(QueryByKeyConditionTest.keys(orders.items()));
    }

    @Test
    @DisplayName("the 3 MB table comes in several pages of at most 1 MB; Limit sets smaller pages")
    void pages(DynamoDbClient client, SeededOrders orders) {
        long tableBytes = ItemSize.total(orders.items());
        List<Integer> byMegabyte = ScanOrders.pageSizes(client, orders.table(), null);
        // Each page stops at the first item that takes it past 1 MB, so ceil(size / 1 MB) pages.
        assertThat(byMegabyte)
                .hasSize((int) ((tableBytes + (1 << 20) - 1) / (1 << 20)))
                .hasSizeGreaterThanOrEqualTo(3);
        assertThat(byMegabyte.stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(orders.items().size());

        // Limit=500: full pages of 500, then the rest. A full last page still carries a
        // LastEvaluatedKey (DynamoDB stopped at the limit without looking further), so when the
        // count divides evenly the paginator ends with one empty page.
        List<Integer> expected =
                new ArrayList<>(Collections.nCopies(orders.items().size() / 500, 500));
        expected.add(orders.items().size() % 500);
        assertThat(ScanOrders.pageSizes(client, orders.table(), 500)).containsExactlyElementsOf(expected);
    }

    @Test
    @DisplayName("scanning the GSI returns every order with only its projected attributes")
    void scanIndex(DynamoDbClient client, SeededOrders orders) {
        var index = ScanOrders.scanIndex(client, orders.table(), OrdersTable.STATUS_INDEX);
        assertThat(index)
                .hasSize(orders.items().size())
                .allSatisfy(
                        i -> assertThat(i).containsOnlyKeys("customerId", "orderKey", "status", "orderDate", "amount"));
    }

    @Test
    @DisplayName("the Enhanced Client's scan returns the same orders as the low-level scan")
    void enhanced(DynamoDbEnhancedClient enhanced, SeededOrders orders) {
        var beans = ScanOrders.allOrders(QueryWithEnhancedClient.table(enhanced, orders.table()), 300);
        assertThat(beans)
                .extracting(Order::getOrderKey)
                .containsExactlyInAnyOrderElementsOf(QueryByKeyConditionTest.keys(orders.items()));
    }

    @Test
    @DisplayName("the seed's \"all users\" scan returns the five users")
    void allUsers(DynamoDbClient client, Tables tables) {
        String users = ScanOrders.usersTable(client, tables);
        assertThat(ScanOrders.allItems(client, users))
                .extracting(i -> i.get("userId").s())
                .containsExactlyInAnyOrder("ana", "bo", "chen", "dara", "emil");
    }

    @Test
    @DisplayName("an export through a Scan writes every order once, one JSON line each, with its attributes")
    void exportAsJsonLines(DynamoDbClient client, SeededOrders orders) throws IOException {
        StringWriter out = new StringWriter();

        long exported = ScanOrders.exportAsJsonLines(client, orders.table(), out);

        List<String> lines = out.toString().lines().toList();
        assertThat(exported).isEqualTo(lines.size()).isEqualTo(orders.items().size());
        Map<String, Map<String, AttributeValue>> byKey = new HashMap<>();
        orders.items().forEach(i -> byKey.put(i.get("orderKey").s(), i));
        assertThat(lines).allSatisfy(line -> {
            EnhancedDocument document = EnhancedDocument.fromJson(line);
            Map<String, AttributeValue> original = byKey.get(document.getString("orderKey"));
            assertThat(original).as("an order of the table").isNotNull();
            assertThat(document.getString("customerId"))
                    .isEqualTo(original.get("customerId").s());
            assertThat(document.getString("notes"))
                    .isEqualTo(original.get("notes").s());
            assertThat(document.getNumber("amount").bigDecimalValue())
                    .isEqualByComparingTo(original.get("amount").n());
        });
        assertThat(lines.stream().map(l -> EnhancedDocument.fromJson(l).getString("orderKey")))
                .doesNotHaveDuplicates();
    }
}
