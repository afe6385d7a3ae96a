package com.example.dynamodb.performance;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.dynamodb.performance.IndexWriteUnits.SecondaryIndex;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;

@DynamoDbTest
class IndexWriteCostTest {

    @ParameterizedTest(name = "the same 1,500-byte put with {0} GSIs projecting {1} costs {2} WCU (table {3})")
    @Tag("capacity") // ConsumedCapacity reports each GSI's write units (the 0-GSI row is the baseline)
    @CsvSource({"0, ALL, 2, 2", "1, ALL, 4, 2", "3, ALL, 8, 2", "1, KEYS_ONLY, 3, 2", "3, KEYS_ONLY, 5, 2"})
    void amplification(
            int gsis, ProjectionType projection, double total, double table, DynamoDbClient client, Tables tables) {
        String name = TableSetup.create(client, tables, "Gsis", IndexWriteCost.tableWithGsis("Gsis", gsis, projection));
        Map<String, AttributeValue> item = IndexWriteCost.sampleItem("item-1");

        ConsumedCapacity bill = IndexWriteCost.put(client, name, item);

        List<SecondaryIndex> indexes = new ArrayList<>();
        for (int i = 1; i <= gsis; i++) {
            indexes.add(SecondaryIndex.gsi("gsi" + i, projection, List.of("g" + i)));
        }
        assertThat(CapacityCalculator.itemSizeBytes(item)).isEqualTo(1500);
        assertThat(bill.table().capacityUnits()).isEqualTo(table);
        assertThat(bill.capacityUnits())
                .isEqualTo(total)
                .isEqualTo(IndexWriteUnits.totalWriteUnits(List.of("pk"), indexes, null, item));
        assertThat(bill.globalSecondaryIndexes() == null ? Map.of() : bill.globalSecondaryIndexes())
                .hasSize(gsis);
    }

    @Test
    @Tag("capacity") // ConsumedCapacity reports the GSI's write units
    @DisplayName("an item without the index key is not written to that (sparse) index: it costs the index nothing")
    void sparseIndex(DynamoDbClient client, Tables tables) {
        String name = TableSetup.create(
                client, tables, "Sparse", IndexWriteCost.tableWithGsis("Sparse", 3, ProjectionType.ALL));
        Map<String, AttributeValue> item =
                Map.of("pk", AttributeValue.fromS("p"), "g2", AttributeValue.fromS("only-g2"));

        ConsumedCapacity bill = IndexWriteCost.put(client, name, item);

        assertThat(bill.globalSecondaryIndexes()).containsOnlyKeys("gsi2");
        assertThat(bill.capacityUnits()).isEqualTo(2.0);
    }
}
