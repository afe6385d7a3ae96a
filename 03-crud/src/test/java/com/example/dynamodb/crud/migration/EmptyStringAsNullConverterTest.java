package com.example.dynamodb.crud.migration;

import static com.example.dynamodb.crud.migration.Stored.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.dynamodbv2.datamodeling.DynamoDBMapper;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@DynamoDbTest(sdkClient = true)
@ExtendWith(LegacyV1.PerClass.class)
@DisplayName("empty strings: v1 left the attribute out, v2 stores S \"\"")
class EmptyStringAsNullConverterTest {

    @Test
    @DisplayName("v1 leaves out an empty string; v2 stores S \"\", which v1 then reads as \"\" instead of null")
    void defaults(LegacyV1 v1, DynamoDbClient client, Tables tables) {
        String table = Stored.usersTable(tables);
        DynamoDBMapper mapper = v1.mapper(table);
        V1User legacy = new V1User();
        legacy.setUserId("legacy");
        legacy.setNickname("");
        mapper.save(legacy);
        PlainV2User ported = new PlainV2User();
        ported.setUserId("ported");
        ported.setNickname("");
        Stored.plain(client, table).putItem(ported);

        assertThat(Stored.item(client, table, "legacy")).doesNotContainKey("Nickname");
        assertThat(mapper.load(V1User.class, "legacy").getNickname()).isNull();
        assertThat(Stored.item(client, table, "ported")).containsEntry("Nickname", s(""));
        assertThat(mapper.load(V1User.class, "ported").getNickname()).isEmpty();
    }

    @Test
    @DisplayName("with the converter a put leaves it out and an update removes it, as v1's save did")
    void converter(DynamoDbClient client, Tables tables) {
        String table = Stored.usersTable(tables);
        var users = Stored.migrated(client, table);
        MigratedUser user = new MigratedUser();
        user.setUserId("ada");
        user.setNickname("");
        users.putItem(user);
        assertThat(Stored.item(client, table, "ada")).doesNotContainKey("Nickname");

        MigratedUser read =
                users.getItem(r -> r.key(k -> k.partitionValue("ada")).consistentRead(true));
        read.setNickname("countess");
        MigratedUser saved = SaveBehaviors.saveLikeUpdate(users, read);
        assertThat(Stored.item(client, table, "ada")).containsEntry("Nickname", s("countess"));
        saved.setNickname("");
        SaveBehaviors.saveLikeUpdate(users, saved);
        assertThat(Stored.item(client, table, "ada")).doesNotContainKey("Nickname");
    }

    @Test
    @DisplayName("reading: a string comes back as is, a NUL as null (nul() is a Boolean, null for a string)")
    void reading() {
        EmptyStringAsNullConverter converter = new EmptyStringAsNullConverter();

        assertThat(AttributeValue.fromS("x").nul())
                .as("so never write if (value.nul())")
                .isNull();
        assertThat(converter.transformTo(s("x"))).isEqualTo("x");
        assertThat(converter.transformTo(AttributeValue.fromNul(true))).isNull();
        assertThatThrownBy(() -> converter.transformTo(AttributeValue.fromN("1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Expected a string (S)");
    }
}
