package com.example.dynamodb.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

@DynamoDbTest
class TablesTest {

    @Test
    @DisplayName("test names are unique, even for the same logical name")
    void uniqueNames(DynamoDbClient client) {
        try (Tables tables = new Tables(client, "", true)) {
            String first = tables.reserve("Orders");
            String second = tables.reserve("Orders");
            assertThat(first).startsWith("Orders-").isNotEqualTo(second);
            assertThat(tables.reserved()).containsExactly(first, second);
        }
    }

    @Test
    @DisplayName("a name that is taken by an existing table is never handed out")
    void skipsExistingTable(DynamoDbClient client) {
        try (Tables theirs = new Tables(client, "", false);
                Tables ours = new Tables(client, "", false)) {
            String existing = theirs.reserve("Shared");
            theirs.createAndWait(DynamoDbBackendTest.simpleTable(existing));

            String mine = ours.reserve("Shared");

            assertThat(existing).isEqualTo("Shared");
            assertThat(mine).isEqualTo("Shared-2");
        }
    }

    @Test
    @DisplayName("closing deletes the tables this run created and never a foreign table")
    void neverDeletesForeignTable(DynamoDbClient client) {
        String foreign = "Foreign-" + System.nanoTime();
        client.createTable(DynamoDbBackendTest.simpleTable(foreign));
        try {
            String mine;
            try (Tables tables = new Tables(client, "", true)) {
                mine = tables.reserve("Mine");
                tables.createAndWait(DynamoDbBackendTest.simpleTable(mine));
                assertThat(client.listTables().tableNames()).contains(foreign, mine);
            }
            assertThat(client.listTables().tableNames()).contains(foreign).doesNotContain(mine);
        } finally {
            client.deleteTable(b -> b.tableName(foreign));
        }
    }

    @Test
    @DisplayName("creating a table whose name was not reserved is refused")
    void refusesUnreservedName(DynamoDbClient client) {
        try (Tables tables = new Tables(client, "", true)) {
            assertThatThrownBy(() -> tables.createAndWait(DynamoDbBackendTest.simpleTable("Unreserved")))
                    .hasMessageContaining("not reserved");
        }
        assertThat(client.listTables().tableNames()).doesNotContain("Unreserved");
    }

    @Test
    @DisplayName("a logical name DynamoDB could not accept is rejected before any call")
    void rejectsBadLogicalName(DynamoDbClient client) {
        try (Tables tables = new Tables(client, "", true)) {
            assertThatThrownBy(() -> tables.reserve("my table!")).hasMessageContaining("only letters");
        }
    }
}
