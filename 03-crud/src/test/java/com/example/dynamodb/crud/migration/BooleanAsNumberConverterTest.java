package com.example.dynamodb.crud.migration;

import static com.example.dynamodb.crud.migration.Stored.n;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.dynamodbv2.datamodeling.DynamoDBMapper;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@DynamoDbTest(sdkClient = true)
@ExtendWith(LegacyV1.PerClass.class)
@DisplayName("booleans: v1 wrote N 1/0, v2 writes BOOL")
class BooleanAsNumberConverterTest {

    private static V1User v1User(String id, boolean active) {
        V1User user = new V1User();
        user.setUserId(id);
        user.setActive(active);
        return user;
    }

    /** The ids of the users whose Active equals {@code value}, by a scan with that filter. */
    private static List<String> activeEquals(DynamoDbClient client, String table, AttributeValue value) {
        return client
                .scan(b -> b.tableName(table)
                        .filterExpression("Active = :v")
                        .expressionAttributeValues(Map.of(":v", value)))
                .items()
                .stream()
                .map(item -> item.get("UserID").s())
                .sorted()
                .toList();
    }

    @Test
    @DisplayName("v1 writes N 1/0; v2's default reads it but writes BOOL, which v1 also reads")
    void defaults(LegacyV1 v1, DynamoDbClient client, Tables tables) {
        String table = Stored.usersTable(tables);
        DynamoDBMapper mapper = v1.mapper(table);
        mapper.save(v1User("on", true));
        mapper.save(v1User("off", false));

        assertThat(Stored.item(client, table, "on")).containsEntry("Active", n("1"));
        assertThat(Stored.item(client, table, "off")).containsEntry("Active", n("0"));
        var plain = Stored.plain(client, table);
        assertThat(plain.getItem(Key.builder().partitionValue("on").build()).getActive())
                .isTrue();
        assertThat(plain.getItem(Key.builder().partitionValue("off").build()).getActive())
                .isFalse();

        PlainV2User fresh = new PlainV2User();
        fresh.setUserId("v2");
        fresh.setActive(true);
        plain.putItem(fresh);
        assertThat(Stored.item(client, table, "v2")).containsEntry("Active", AttributeValue.fromBool(true));
        assertThat(mapper.load(V1User.class, "v2").getActive()).isTrue();
    }

    @Test
    @DisplayName("a filter on N 1 misses the BOOL items, one on BOOL misses v1's; the converter keeps one type")
    void filtersSeeOneType(LegacyV1 v1, DynamoDbClient client, Tables tables) {
        String table = Stored.usersTable(tables);
        v1.mapper(table).save(v1User("legacy", true));
        PlainV2User plain = new PlainV2User();
        plain.setUserId("ported");
        plain.setActive(true);
        Stored.plain(client, table).putItem(plain);

        assertThat(activeEquals(client, table, n("1"))).containsExactly("legacy");
        assertThat(activeEquals(client, table, AttributeValue.fromBool(true))).containsExactly("ported");

        MigratedUser migrated = new MigratedUser();
        migrated.setUserId("migrated");
        migrated.setActive(true);
        Stored.migrated(client, table).putItem(migrated);
        assertThat(Stored.item(client, table, "migrated")).containsEntry("Active", n("1"));
        assertThat(activeEquals(client, table, n("1"))).containsExactly("legacy", "migrated");
        assertThat(v1.mapper(table).load(V1User.class, "migrated").getActive()).isTrue();
    }

    @Test
    @DisplayName("the converter reads N 1/0 and BOOL, and names the value it cannot read")
    void readsBothTypes() {
        BooleanAsNumberConverter converter = new BooleanAsNumberConverter();

        assertThat(converter.transformTo(n("1"))).isTrue();
        assertThat(converter.transformTo(n("0"))).isFalse();
        assertThat(converter.transformTo(AttributeValue.fromBool(true))).isTrue();
        assertThat(converter.transformFrom(false)).isEqualTo(n("0"));
        assertThatThrownBy(() -> converter.transformTo(AttributeValue.fromS("yes")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Expected a boolean stored as N \"1\"/\"0\" or as BOOL")
                .hasMessageContaining("yes");
    }
}
