package com.example.dynamodb.modeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.IndexStatus;

@DynamoDbTest
class AddGsiToExistingTableTest {

    @Test
    @Tag("indexes") // UpdateTable creates a GSI on an existing on-demand table
    @DisplayName("UpdateTable adds a GSI: CREATING at first, then ACTIVE with existing items backfilled")
    void addsAndBackfillsAnIndex(DynamoDbClient client, Tables tables) throws InterruptedException {
        String table = tables.reserve("Customers");
        tables.createAndWait(AddGsiToExistingTable.tableDefinition(table));
        AddGsiToExistingTable.putCustomer(client, table, "C1", "ana@example.com");
        AddGsiToExistingTable.putCustomer(client, table, "C2", "bo@example.com");
        assertThatThrownBy(() -> AddGsiToExistingTable.customerIdsByEmail(client, table, "bo@example.com"))
                .isInstanceOf(DynamoDbException.class)
                .hasMessageContaining("does not have the specified index");

        assertThat(AddGsiToExistingTable.addEmailIndex(client, table)).isEqualTo(IndexStatus.CREATING);
        AddGsiToExistingTable.waitUntilIndexActive(
                client, table, AddGsiToExistingTable.BY_EMAIL, Duration.ofMinutes(1));

        assertThat(AddGsiToExistingTable.indexStatus(client, table, AddGsiToExistingTable.BY_EMAIL))
                .isEqualTo(IndexStatus.ACTIVE);
        assertThat(AddGsiToExistingTable.customerIdsByEmail(client, table, "bo@example.com"))
                .containsExactly("C2");
    }
}
