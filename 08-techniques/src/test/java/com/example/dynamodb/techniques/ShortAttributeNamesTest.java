package com.example.dynamodb.techniques;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

@DynamoDbTest
class ShortAttributeNamesTest {

    @Test
    @DisplayName("short names cut a 32-channel reading from 1,028 to 212 bytes, and its write from 2 WCU to 1")
    void measured(DynamoDbClient client, Tables tables) {
        String table = tables.reserve("ItemSizes");
        tables.createAndWait(SimpleTables.pkSk(table));

        SizeComparison result = ShortAttributeNames.measure(client, table);

        assertThat(result.bytesBefore()).isEqualTo(1_028);
        assertThat(result.bytesAfter()).isEqualTo(212);
        assertThat(result.wcuBefore()).isEqualTo(2.0).isEqualTo(ItemSize.writeUnits(result.bytesBefore()));
        assertThat(result.wcuAfter()).isEqualTo(1.0).isEqualTo(ItemSize.writeUnits(result.bytesAfter()));
    }

    @Test
    @DisplayName("renaming there and back gives the original item, keys untouched")
    void roundTrip() {
        var reading = ShortAttributeNames.reading("st-7", "2024-03-15T10:00:00Z");

        var stored = ShortAttributeNames.rename(reading, ShortAttributeNames.STORED_NAMES);
        var back = ShortAttributeNames.rename(stored, ShortAttributeNames.inverse(ShortAttributeNames.STORED_NAMES));

        assertThat(stored).containsKeys("pk", "sk", "t01", "h16").doesNotContainKey("temperatureSensor01Celsius");
        assertThat(back).isEqualTo(reading);
    }

    @Test
    @DisplayName("a mapping where two long names share one short name is refused: it would lose data")
    void collision() {
        assertThatThrownBy(() -> ShortAttributeNames.inverse(Map.of("temperature", "t", "time", "t")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Two attributes map to the stored name t");
    }
}
