package com.example.dynamodb.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.dynamodb.performance.CapacityModes.Settings;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;

@DynamoDbTest
class CapacityModesTest {

    @Test
    @DisplayName(
            "a table created PROVISIONED 5/5 switches to PAY_PER_REQUEST and back to PROVISIONED 10/5, read back each time")
    void switchModes(DynamoDbClient client, Tables tables) {
        String table =
                TableSetup.create(client, tables, "Modes", CapacityModes.provisioned(TableSetup.keyed(false), 5, 5));
        assertThat(CapacityModes.settings(client, table)).isEqualTo(new Settings(BillingMode.PROVISIONED, 5, 5));

        CapacityModes.switchToOnDemand(client, table);
        TableSetup.awaitActive(client, table);
        assertThat(CapacityModes.settings(client, table).mode()).isEqualTo(BillingMode.PAY_PER_REQUEST);

        CapacityModes.switchToProvisioned(client, table, 10, 5);
        TableSetup.awaitActive(client, table);
        assertThat(CapacityModes.settings(client, table)).isEqualTo(new Settings(BillingMode.PROVISIONED, 10, 5));
    }

    @Test
    @DisplayName("provisioned mode with 0 units is refused with a sentence, before any request")
    void zeroUnitsRefused(DynamoDbClient client, Tables tables) {
        assertThatThrownBy(() -> CapacityModes.provisioned(TableSetup.keyed(false), 0, 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 1 read and 1 write capacity unit");
        assertThatThrownBy(() -> CapacityModes.switchToProvisioned(client, "never-created", 5, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("got 5/0");
    }
}
