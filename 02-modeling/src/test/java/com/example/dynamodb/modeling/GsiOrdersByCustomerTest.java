package com.example.dynamodb.modeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;

@DynamoDbTest
class GsiOrdersByCustomerTest {

    private static final List<Order> ORDERS = List.of(
            new Order("o-1", "C1", "2026-11-01", 30), new Order("o-2", "C2", "2026-11-02", 12),
            new Order("o-3", "C1", "2026-11-05", 55), new Order("o-4", "C1", "2026-10-20", 7));

    private static String ordersTable(DynamoDbClient client, Tables tables) {
        String table = tables.reserve("Orders");
        tables.createAndWait(GsiOrdersByCustomer.tableDefinition(table));
        ORDERS.forEach(o -> GsiOrdersByCustomer.putOrder(client, table, o));
        return table;
    }

    private static List<Order> expectedNewestFirst(String customerId) {
        return ORDERS.stream()
                .filter(o -> o.getCustomerId().equals(customerId))
                .sorted(Comparator.comparing(Order::getOrderDate).reversed())
                .toList();
    }

    @Test
    @DisplayName("the GSI lists one customer's orders by date, newest first (low-level and Enhanced)")
    void queriesByCustomer(DynamoDbClient client, DynamoDbEnhancedClient enhanced, Tables tables) {
        String table = ordersTable(client, tables);
        List<Order> expected = expectedNewestFirst("C1");

        assertThat(GsiOrdersByCustomer.orderIdsNewestFirst(client, table, "C1"))
                .containsExactlyElementsOf(
                        expected.stream().map(Order::getOrderId).toList());
        // the ALL projection returns whole orders, total included
        assertThat(GsiOrdersByCustomer.ordersNewestFirst(enhanced, table, "C1"))
                .usingRecursiveFieldByFieldElementComparator()
                .containsExactlyElementsOf(expected);
    }

    @Test
    @DisplayName("the GSI has its own provisioned throughput, separate from the table's")
    void indexHasItsOwnThroughput(DynamoDbClient client, Tables tables) {
        String table = ordersTable(client, tables);
        var description = client.describeTable(b -> b.tableName(table)).table();
        GlobalSecondaryIndexDescription index =
                description.globalSecondaryIndexes().get(0);

        assertThat(index.indexName()).isEqualTo(Order.BY_CUSTOMER);
        assertThat(index.provisionedThroughput().readCapacityUnits()).isEqualTo(5L);
        assertThat(index.provisionedThroughput().writeCapacityUnits()).isEqualTo(2L);
        assertThat(description.provisionedThroughput().readCapacityUnits()).isEqualTo(10L);
    }

    @Test
    @Tag("capacity") // ConsumedCapacity reports the GSI's write units
    @DisplayName("a table write also consumes write capacity on the GSI")
    void writesAlsoCostIndexCapacity(DynamoDbClient client, Tables tables) {
        String table = tables.reserve("Orders");
        tables.createAndWait(GsiOrdersByCustomer.tableDefinition(table));

        ConsumedCapacity cost = GsiOrdersByCustomer.putOrder(client, table, ORDERS.get(0));

        assertThat(cost.table().capacityUnits()).isEqualTo(1.0);
        assertThat(cost.globalSecondaryIndexes()).containsOnlyKeys(Order.BY_CUSTOMER);
        assertThat(cost.globalSecondaryIndexes().get(Order.BY_CUSTOMER).capacityUnits())
                .isEqualTo(1.0);
        assertThat(cost.capacityUnits()).isEqualTo(2.0);
    }

    @Test
    @DisplayName("a strongly consistent read on a GSI is rejected")
    void consistentReadIsRejected(DynamoDbClient client, Tables tables) {
        String table = ordersTable(client, tables);

        assertThatThrownBy(() -> GsiOrdersByCustomer.consistentQuery(client, table, "C1"))
                .isInstanceOf(DynamoDbException.class)
                .hasMessageContaining("Consistent reads are not supported on global secondary indexes");
    }
}
