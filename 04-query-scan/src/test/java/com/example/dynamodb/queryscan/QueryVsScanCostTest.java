package com.example.dynamodb.queryscan;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/** Every number here comes from ConsumedCapacity in DynamoDB's responses. */
@DynamoDbTest
@ExtendWith(SeededOrders.Extension.class)
class QueryVsScanCostTest {

    @Test
    @DisplayName("a Query for one customer costs a small fraction of a Scan filtered to the same items")
    void queryIsAFractionOfScan(DynamoDbClient client, SeededOrders orders) {
        var query = QueryVsScanCost.queryCustomer(client, orders.table(), "c042", null, false);
        var scan = QueryVsScanCost.scan(client, orders.table(), "c042", false);

        assertThat(scan.count())
                .isEqualTo(query.count())
                .isEqualTo(orders.ofCustomer("c042").size());
        assertThat(scan.scannedCount()).isEqualTo(orders.items().size());
        double ratio = query.capacityUnits() / scan.capacityUnits();
        // One customer holds 1/100 of the data; allow twice that for rounding to 4 KB units.
        assertThat(ratio)
                .as("Query %.1f RCU vs Scan %.1f RCU", query.capacityUnits(), scan.capacityUnits())
                .isPositive()
                .isLessThan(2.0 / SampleOrders.CUSTOMERS);
    }

    @ParameterizedTest(name = "strongly consistent: {0}")
    @ValueSource(booleans = {true, false})
    @DisplayName("a Query costs its items' total size in 4 KB units, halved when eventually consistent")
    void queryFollowsTheRule(boolean consistent, DynamoDbClient client, SeededOrders orders) {
        for (String customer : List.of("c001", "c042", "c100")) {
            var cost = QueryVsScanCost.queryCustomer(client, orders.table(), customer, null, consistent);
            long bytes = ItemSize.total(orders.ofCustomer(customer));
            assertThat(cost.pages()).isEqualTo(1);
            assertThat(cost.capacityUnits()).isEqualTo(ItemSize.readUnits(bytes, consistent));
        }
    }

    @Test
    @DisplayName("a filter does not reduce consumed capacity: same units, fewer items")
    void filterDoesNotSave(DynamoDbClient client, SeededOrders orders) {
        var all = QueryVsScanCost.queryCustomer(client, orders.table(), "c042", null, true);
        var shipped = QueryVsScanCost.queryCustomer(client, orders.table(), "c042", "Shipped", true);

        assertThat(shipped.capacityUnits()).isEqualTo(all.capacityUnits());
        assertThat(shipped.scannedCount()).isEqualTo(all.count());
        assertThat(shipped.count()).isLessThan(shipped.scannedCount()).isEqualTo((int)
                orders.ofCustomer("c042").stream()
                        .filter(i -> i.get("status").s().equals("Shipped"))
                        .count());
    }

    @Test
    @Tag("capacity") // a strongly consistent Scan billed in full (dynalite 4.0.0 bills it as eventual)
    @DisplayName("eventually consistent reads cost half of strongly consistent ones")
    void eventualIsHalf(DynamoDbClient client, SeededOrders orders) {
        var strongQuery = QueryVsScanCost.queryCustomer(client, orders.table(), "c042", null, true);
        var eventualQuery = QueryVsScanCost.queryCustomer(client, orders.table(), "c042", null, false);
        var strongScan = QueryVsScanCost.scan(client, orders.table(), null, true);
        var eventualScan = QueryVsScanCost.scan(client, orders.table(), null, false);

        assertThat(eventualQuery.capacityUnits()).isEqualTo(strongQuery.capacityUnits() / 2);
        assertThat(eventualScan.capacityUnits()).isEqualTo(strongScan.capacityUnits() / 2);
    }

    @Test
    @DisplayName(
            "the 1 MB page limit applies before the filter: a filtered Scan stops and bills where a plain one does")
    void pageLimitBeforeFilter(DynamoDbClient client, SeededOrders orders) {
        List<ScanResponse> plain = QueryVsScanCost.scanPages(client, orders.table(), null, true);
        List<ScanResponse> filtered = QueryVsScanCost.scanPages(client, orders.table(), "c042", true);

        assertThat(filtered).hasSameSizeAs(plain).hasSizeGreaterThan(1);
        for (int p = 0; p < plain.size(); p++) {
            ScanResponse page = plain.get(p);
            // Same stopping point, same bill, whatever the filter keeps.
            assertThat(filtered.get(p).scannedCount()).isEqualTo(page.scannedCount());
            assertThat(filtered.get(p).lastEvaluatedKey()).isEqualTo(page.lastEvaluatedKey());
            assertThat(filtered.get(p).count()).isLessThan(page.count());
            assertThat(filtered.get(p).consumedCapacity().capacityUnits())
                    .isEqualTo(page.consumedCapacity().capacityUnits());
        }
    }

    @Test
    @DisplayName("each Scan page is billed on what it read, and a full page ends with the item that takes it past 1 MB")
    @Tag("capacity") // a consistent Scan billed in full by ItemSize (dynalite 4.0.0 bills it as eventual)
    void pageBilledOnWhatItRead(DynamoDbClient client, SeededOrders orders) {
        List<ScanResponse> plain = QueryVsScanCost.scanPages(client, orders.table(), null, true);

        assertThat(plain).hasSizeGreaterThan(1);
        for (int p = 0; p < plain.size(); p++) {
            ScanResponse page = plain.get(p);
            long bytes = ItemSize.total(page.items());
            assertThat(page.consumedCapacity().capacityUnits()).isEqualTo(ItemSize.readUnits(bytes, true));
            if (p < plain.size() - 1) { // a full page ends with the item that takes it past 1 MB
                long last = ItemSize.of(page.items().get(page.items().size() - 1));
                assertThat(bytes).isGreaterThanOrEqualTo(1 << 20);
                assertThat(bytes - last).isLessThan(1 << 20);
            }
        }
    }

    @Test
    @DisplayName(
            "INDEXES reports a GSI query's units under the index, none under the table, billed on projected size; one page holds all of March's Shipped orders")
    void indexBreakdown(DynamoDbClient client, SeededOrders orders) {
        var response = QueryVsScanCost.queryIndexWithBreakdown(client, orders.table());
        var cc = response.consumedCapacity();

        assertThat(cc.table().capacityUnits()).isZero();
        assertThat(cc.globalSecondaryIndexes()).containsOnlyKeys(OrdersTable.STATUS_INDEX);
        assertThat(cc.globalSecondaryIndexes().get(OrdersTable.STATUS_INDEX).capacityUnits())
                .isEqualTo(cc.capacityUnits());
        // The index holds only keys and amount: its entries, not the 1.5 KB orders, are what is billed.
        var fullOrders = orders.where(i ->
                response.items().stream().anyMatch(r -> r.get(OrdersTable.SK).equals(i.get(OrdersTable.SK))));
        assertThat(fullOrders).hasSameSizeAs(response.items());
        // One response is the whole answer: every Shipped order of March, and no next page.
        assertThat(response.hasLastEvaluatedKey()).as("a next page").isFalse();
        assertThat(fullOrders)
                .hasSameSizeAs(orders.where(i -> i.get("status").s().equals("Shipped")
                        && i.get("orderDate").s().startsWith("2024-03")));
        assertThat(cc.capacityUnits())
                .isEqualTo(ItemSize.readUnits(ItemSize.total(response.items()), false))
                .isLessThan(ItemSize.readUnits(ItemSize.total(fullOrders), false));
    }

    @Test
    @DisplayName("read units round up per request: 4096 bytes cost 1, 4097 cost 2, eight 1 KB items 2")
    void roundingRule(DynamoDbClient client, Tables tables) {
        String table = tables.reserve("Sized");
        OrdersTable.create(tables, table);
        // Item size = attribute names + values: 10+4 + 8+len(key) + 3+padding.
        Map<String, AttributeValue> exact = sized("c999", "k-4096", 4096);
        Map<String, AttributeValue> over = sized("c999", "k-4097", 4097);
        assertThat(ItemSize.of(exact)).isEqualTo(4096);
        client.putItem(b -> b.tableName(table).item(exact));
        client.putItem(b -> b.tableName(table).item(over));
        assertThat(getCost(client, table, exact, true)).isEqualTo(1.0);
        assertThat(getCost(client, table, over, true)).isEqualTo(2.0);
        assertThat(getCost(client, table, over, false)).isEqualTo(1.0);

        for (int i = 0; i < 8; i++) {
            Map<String, AttributeValue> item = sized("c888", "k-" + (1000 + i), 1024);
            client.putItem(b -> b.tableName(table).item(item));
        }
        var cost = QueryVsScanCost.queryCustomer(client, table, "c888", null, true);
        assertThat(cost.count()).isEqualTo(8);
        assertThat(cost.capacityUnits()).isEqualTo(2.0); // 8 KB in one page, not 8 x 1 unit
    }

    private static Map<String, AttributeValue> sized(String customer, String key, int bytes) {
        int fixed = "customerId".length() + customer.length() + "orderKey".length() + key.length() + "pad".length();
        return Map.of(
                "customerId",
                AttributeValue.fromS(customer),
                "orderKey",
                AttributeValue.fromS(key),
                "pad",
                AttributeValue.fromS("x".repeat(bytes - fixed)));
    }

    private static double getCost(
            DynamoDbClient client, String table, Map<String, AttributeValue> item, boolean consistent) {
        return client.getItem(b -> b.tableName(table)
                        .key(Map.of("customerId", item.get("customerId"), "orderKey", item.get("orderKey")))
                        .consistentRead(consistent)
                        .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL))
                .consumedCapacity()
                .capacityUnits();
    }
}
