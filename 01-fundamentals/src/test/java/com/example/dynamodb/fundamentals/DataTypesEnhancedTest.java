package com.example.dynamodb.fundamentals;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue.Type;

@DynamoDbTest
class DataTypesEnhancedTest {

    private static String profilesTable(DynamoDbEnhancedClient enhanced, DynamoDbClient client, Tables tables) {
        String name = tables.reserve("UserProfiles");
        enhanced.table(name, TableSchema.fromBean(UserProfile.class)).createTable();
        Tables.waitUntilActive(client, name); // DynamoDB creates tables asynchronously
        return name;
    }

    @Test
    @DisplayName("a bean comes back with every field equal")
    void beanRoundTrips(DynamoDbEnhancedClient enhanced, DynamoDbClient client, Tables tables) {
        String table = profilesTable(enhanced, client, tables);
        UserProfile sent = DataTypesEnhanced.sampleProfile("u-1");

        UserProfile loaded = DataTypesEnhanced.saveAndLoad(enhanced, table, sent);

        assertThat(loaded).usingRecursiveComparison().isEqualTo(sent);
    }

    @Test
    @DisplayName("the mapper picks the DynamoDB type from the Java type, and leaves null fields out")
    void javaTypesBecomeDynamoTypes(DynamoDbEnhancedClient enhanced, DynamoDbClient client, Tables tables) {
        String table = profilesTable(enhanced, client, tables);
        DataTypesEnhanced.saveAndLoad(enhanced, table, DataTypesEnhanced.sampleProfile("u-1"));

        Map<String, AttributeValue> raw = DataTypesEnhanced.rawItem(client, table, "u-1");

        assertThat(raw)
                .hasEntrySatisfying("userId", v -> assertThat(v.type()).isEqualTo(Type.S))
                .hasEntrySatisfying("signUpDate", v -> assertThat(v.type()).isEqualTo(Type.N))
                .hasEntrySatisfying(
                        "balance", v -> assertThat(v.n()).isEqualTo("1234567890123456789012345678.9012345678"))
                .hasEntrySatisfying("avatar", v -> assertThat(v.type()).isEqualTo(Type.B))
                .hasEntrySatisfying("verified", v -> assertThat(v.type()).isEqualTo(Type.BOOL))
                .hasEntrySatisfying("recent", v -> assertThat(v.type()).isEqualTo(Type.L))
                .hasEntrySatisfying("address", v -> assertThat(v.type()).isEqualTo(Type.M))
                .hasEntrySatisfying("roles", v -> assertThat(v.type()).isEqualTo(Type.SS))
                .hasEntrySatisfying("luckyNumbers", v -> assertThat(v.type()).isEqualTo(Type.NS))
                .hasEntrySatisfying("keys", v -> assertThat(v.type()).isEqualTo(Type.BS))
                .doesNotContainKey("middleName");
    }

    @Test
    @DisplayName("an immutable record round-trips through its builder; an Instant is stored as ISO-8601 text")
    void recordRoundTrips(DynamoDbEnhancedClient enhanced, DynamoDbClient client, Tables tables) {
        String table = tables.reserve("Devices");
        enhanced.table(table, TableSchema.fromImmutableClass(Device.class)).createTable();
        Tables.waitUntilActive(client, table);
        Device device = new Device("u-1", "d-1", Instant.parse("2026-11-01T09:30:00Z"), true, List.of("kitchen"));

        Device loaded = DataTypesEnhanced.saveAndLoad(enhanced, table, device);

        assertThat(loaded).isEqualTo(device);
        Map<String, AttributeValue> raw = client.getItem(b -> b.tableName(table)
                        .key(Map.of("ownerId", AttributeValue.fromS("u-1"), "deviceId", AttributeValue.fromS("d-1"))))
                .item();
        assertThat(raw.get("registeredAt")).isEqualTo(AttributeValue.fromS("2026-11-01T09:30:00Z"));
        assertThat(raw.get("active")).isEqualTo(AttributeValue.fromBool(true));
    }
}
