package com.example.dynamodb.modeling;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

@DynamoDbTest
class SparseIndexTest {

    @Test
    @DisplayName("only items that carry the index key appear in the index, in index sort order")
    void onlyEscalatedOrdersAreIndexed(DynamoDbClient client, Tables tables) {
        String table = tables.reserve("SupportOrders");
        tables.createAndWait(SparseIndex.tableDefinition(table));
        List<String> escalated = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            SparseIndex.putOrder(client, table, "o-" + i);
            if (i % 5 == 0) {
                // later orders escalated earlier, so index order differs from insertion order
                SparseIndex.escalate(client, table, "o-" + i, "billing", "2026-11-01T10:" + (60 - i) + ":00Z");
                escalated.add(0, "o-" + i);
            }
        }

        assertThat(SparseIndex.indexSize(client, table)).isEqualTo(escalated.size());
        assertThat(SparseIndex.openEscalations(client, table, "billing")).containsExactlyElementsOf(escalated);
        assertThat(client.scan(b -> b.tableName(table)).count()).isEqualTo(20);
    }

    @Test
    @DisplayName("removing the index key attribute takes the item out of the index, not out of the table")
    void resolvingRemovesFromIndex(DynamoDbClient client, Tables tables) {
        String table = tables.reserve("SupportOrders");
        tables.createAndWait(SparseIndex.tableDefinition(table));
        SparseIndex.putOrder(client, table, "o-1");
        SparseIndex.putOrder(client, table, "o-2");
        SparseIndex.escalate(client, table, "o-1", "billing", "2026-11-01T10:00:00Z");
        SparseIndex.escalate(client, table, "o-2", "billing", "2026-11-01T11:00:00Z");

        SparseIndex.resolve(client, table, "o-1");

        assertThat(SparseIndex.openEscalations(client, table, "billing")).containsExactly("o-2");
        assertThat(client.scan(b -> b.tableName(table)).count()).isEqualTo(2);
    }
}
