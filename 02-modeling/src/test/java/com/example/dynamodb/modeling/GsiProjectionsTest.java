package com.example.dynamodb.modeling;

import static com.example.dynamodb.modeling.GsiProjections.ALL;
import static com.example.dynamodb.modeling.GsiProjections.INCLUDE;
import static com.example.dynamodb.modeling.GsiProjections.KEYS_ONLY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.Capacity;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.Select;

@DynamoDbTest
class GsiProjectionsTest {

    private static final String NOTES = "x".repeat(5_000); // makes the item ~5 KB

    private static String table(DynamoDbClient client, Tables tables) {
        String table = tables.reserve("OrdersProjected");
        tables.createAndWait(GsiProjections.tableDefinition(table));
        return table;
    }

    @Test
    @DisplayName("ALL returns every attribute, KEYS_ONLY only the keys, INCLUDE the keys plus 'total'")
    void eachProjectionReturnsWhatItStores(DynamoDbClient client, Tables tables) {
        String table = table(client, tables);
        GsiProjections.putOrder(client, table, "o-1", "C1", "2026-11-01", 30, NOTES);
        var keys = new String[] {"orderId", "customerId", "orderDate"};

        assertThat(GsiProjections.query(client, table, ALL, "C1", null).items().get(0))
                .containsOnlyKeys("orderId", "customerId", "orderDate", "total", "notes");
        assertThat(GsiProjections.query(client, table, KEYS_ONLY, "C1", null)
                        .items()
                        .get(0))
                .containsOnlyKeys(keys);
        assertThat(GsiProjections.query(client, table, INCLUDE, "C1", null)
                        .items()
                        .get(0))
                .containsOnlyKeys("orderId", "customerId", "orderDate", "total");
    }

    @Test
    @Tag("capacity") // ConsumedCapacity reports each GSI's write units
    @DisplayName("a write copies the whole item into an ALL index but only a small one into the others")
    void projectionDecidesTheWriteCost(DynamoDbClient client, Tables tables) {
        String table = table(client, tables);

        ConsumedCapacity cost = GsiProjections.putOrder(client, table, "o-1", "C1", "2026-11-01", 30, NOTES);

        Map<String, Capacity> perIndex = cost.globalSecondaryIndexes();
        double tableWcu = cost.table().capacityUnits();
        assertThat(tableWcu).isEqualTo(Math.ceil(NOTES.length() / 1024.0)); // 1 WCU per KB, rounded up
        assertThat(perIndex.get(ALL).capacityUnits()).isEqualTo(tableWcu);
        assertThat(perIndex.get(KEYS_ONLY).capacityUnits()).isEqualTo(1.0);
        assertThat(perIndex.get(INCLUDE).capacityUnits()).isEqualTo(1.0);
        assertThat(cost.capacityUnits()).isEqualTo(tableWcu + tableWcu + 1.0 + 1.0);
    }

    @Test
    @DisplayName("reading the big item from the ALL index costs more than from KEYS_ONLY")
    void projectionDecidesTheReadCost(DynamoDbClient client, Tables tables) {
        String table = table(client, tables);
        GsiProjections.putOrder(client, table, "o-1", "C1", "2026-11-01", 30, NOTES);

        double all = GsiProjections.query(client, table, ALL, "C1", null)
                .consumedCapacity()
                .capacityUnits();
        double keys = GsiProjections.query(client, table, KEYS_ONLY, "C1", null)
                .consumedCapacity()
                .capacityUnits();

        // Eventually consistent: 0.5 RCU per started 4 KB of index data read.
        assertThat(all).isEqualTo(0.5 * Math.ceil(NOTES.length() / 4096.0));
        assertThat(keys).isEqualTo(0.5);
    }

    @Test
    @DisplayName("Select ALL_ATTRIBUTES on an INCLUDE index is rejected; on the ALL index it works")
    void allAttributesNeedsAnAllProjection(DynamoDbClient client, Tables tables) {
        String table = table(client, tables);
        GsiProjections.putOrder(client, table, "o-1", "C1", "2026-11-01", 30, NOTES);

        assertThatThrownBy(() -> GsiProjections.query(client, table, INCLUDE, "C1", Select.ALL_ATTRIBUTES))
                .isInstanceOf(DynamoDbException.class)
                .hasMessageContaining("Select type ALL_ATTRIBUTES is not supported for global secondary index")
                .hasMessageContaining("projection type is not ALL");
        assertThat(GsiProjections.query(client, table, ALL, "C1", Select.ALL_ATTRIBUTES)
                        .items())
                .singleElement()
                .satisfies(item -> assertThat(item).containsKey("notes"));
    }
}
