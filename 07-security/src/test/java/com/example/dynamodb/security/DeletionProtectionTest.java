package com.example.dynamodb.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

@DynamoDbTest(sdkClient = true) // one engine per test JVM: the encryption tests need the server anyway
@Tag("recent") // DeletionProtectionEnabled (2023): DeleteTable refused while it is on
class DeletionProtectionTest {

    private static boolean exists(DynamoDbClient client, String table) {
        return client.listTablesPaginator().tableNames().stream().anyMatch(table::equals);
    }

    @Test
    @DisplayName("DynamoDB Local enforces deletion protection: DeleteTable is refused and the table stays")
    void refusesDelete(DynamoDbClient client, Tables tables) {
        String table = tables.reserve("Ledger");
        tables.createAndWait(DeletionProtection.protectedTable(table));

        assertThat(client.describeTable(b -> b.tableName(table)).table().deletionProtectionEnabled())
                .isTrue();
        assertThat(DeletionProtection.tryDelete(client, table))
                .isEqualTo("ValidationException: Resource cannot be deleted as it is currently protected against"
                        + " deletion. Disable deletion protection first.");
        assertThat(exists(client, table)).isTrue();
    }

    @Test
    @DisplayName("switched off with UpdateTable, the same table can be deleted: the example leaves nothing behind")
    void unprotectThenDelete(DynamoDbClient client, Tables tables) {
        String table = tables.reserve("Ledger");
        tables.createAndWait(DeletionProtection.protectedTable(table));

        DeletionProtection.unprotectAndDelete(client, table);

        assertThat(exists(client, table)).isFalse();
    }
}
