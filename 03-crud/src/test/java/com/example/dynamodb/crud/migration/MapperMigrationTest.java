package com.example.dynamodb.crud.migration;

import static com.example.dynamodb.crud.migration.Stored.s;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.dynamodbv2.datamodeling.DynamoDBMapper;
import com.amazonaws.services.dynamodbv2.datamodeling.DynamoDBMapperConfig.TableNameOverride;
import com.amazonaws.services.dynamodbv2.model.PutItemRequest;
import com.amazonaws.services.dynamodbv2.model.UpdateItemRequest;
import com.example.dynamodb.crud.GeneratedTimestamps;
import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

@DynamoDbTest(sdkClient = true)
@ExtendWith(LegacyV1.PerClass.class)
@DisplayName("MapperMigration: the client set-up, table naming and the demo")
class MapperMigrationTest {

    @Test
    @DisplayName("TableNameOverride = the name given to enhancedClient.table(name, schema): both see one item")
    void tableNames(LegacyV1 v1, DynamoDbClient client, Tables tables) {
        String table = Stored.usersTable(tables);
        DynamoDBMapper mapper = v1.mapper(
                table,
                c -> c.withTableNameOverride(
                        TableNameOverride.withTableNameReplacement(table))); // what v1.mapper(table) does anyway
        V1User ada = new V1User();
        ada.setUserId("ada");
        ada.setNickname("countess");
        mapper.save(ada);

        MigratedUser read = MapperMigration.users(GeneratedTimestamps.stampingWith(client, Stored.CLOCK), table)
                .getItem(Key.builder().partitionValue("ada").build());
        assertThat(read.getNickname()).isEqualTo("countess");
        assertThat(v1.sent(UpdateItemRequest.class))
                .singleElement()
                .satisfies(sent -> assertThat(sent.getTableName()).isEqualTo(table));
        assertThat(v1.sent(PutItemRequest.class)).isEmpty();
    }

    @Test
    @DisplayName("the demo loads a legacy item and saves it back in v1's format")
    void demo(DynamoDbBackend backend, DynamoDbClient client, Tables tables) {
        String out = Narrator.capture(() -> MapperMigration.demo(backend, tables));

        assertThat(out)
                .contains("read with MigratedUser")
                .contains("active=true, signedUp=2024-01-02T03:04:05Z, tier=GOLD, city=Paris, version=1");
        String table = tables.reserved().get(0);
        assertThat(Stored.item(client, table, "ada"))
                .containsEntry("Active", Stored.n("1"))
                .containsEntry("Version", Stored.n("2"))
                .doesNotContainKey("Nickname");
        assertThat(Stored.item(client, table, "ada").get("UpdatedAt").s()).matches(".*\\.\\d{3}Z");
        assertThat(Stored.item(client, table, "ada").get("Tags").ss()).containsExactlyInAnyOrder("beta", "vip");
        assertThat(Stored.item(client, table, "ada")).containsEntry("Tier", s("GOLD"));
    }
}
