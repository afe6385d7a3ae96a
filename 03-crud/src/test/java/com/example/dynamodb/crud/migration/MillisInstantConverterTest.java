package com.example.dynamodb.crud.migration;

import static com.example.dynamodb.crud.migration.Stored.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.dynamodbv2.datamodeling.DynamoDBAttribute;
import com.amazonaws.services.dynamodbv2.datamodeling.DynamoDBHashKey;
import com.amazonaws.services.dynamodbv2.datamodeling.DynamoDBMapper;
import com.amazonaws.services.dynamodbv2.datamodeling.DynamoDBMappingException;
import com.amazonaws.services.dynamodbv2.datamodeling.DynamoDBTable;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@DynamoDbTest(sdkClient = true)
@ExtendWith(LegacyV1.PerClass.class)
@DisplayName("dates: v1 wrote a Date with three fraction digits, v2 has no Date and a varying Instant")
class MillisInstantConverterTest {

    private static final Instant WHOLE_SECOND = Instant.parse("2024-01-02T03:04:05Z");
    private static final Instant HALF_SECOND = Instant.parse("2024-01-02T03:04:05.500Z");

    /** A straight port that kept the v1 field's type. */
    @DynamoDbBean
    public static class DateBean {
        private String userId;
        private Date signedUp;

        @DynamoDbPartitionKey
        public String getUserId() {
            return userId;
        }

        public void setUserId(String userId) {
            this.userId = userId;
        }

        public Date getSignedUp() {
            return signedUp;
        }

        public void setSignedUp(Date signedUp) {
            this.signedUp = signedUp;
        }
    }

    /** v1 and java.time: an Instant property without a converter. */
    @DynamoDBTable(tableName = "Users")
    public static class V1InstantUser {
        @DynamoDBHashKey(attributeName = "UserID")
        private String userId;

        @DynamoDBAttribute(attributeName = "SignedUp")
        private Instant signedUp;

        public String getUserId() {
            return userId;
        }

        public void setUserId(String userId) {
            this.userId = userId;
        }

        public Instant getSignedUp() {
            return signedUp;
        }

        public void setSignedUp(Instant signedUp) {
            this.signedUp = signedUp;
        }
    }

    private static V1User v1User(String id, Instant signedUp) {
        V1User user = new V1User();
        user.setUserId(id);
        user.setTier(Tier.GOLD);
        user.setSignedUp(Date.from(signedUp));
        return user;
    }

    /** The ids of GOLD users in ByTier order, that is, in the string order of SignedUp. */
    private static List<String> goldInIndexOrder(DynamoDbClient client, String table) {
        return client
                .query(b -> b.tableName(table)
                        .indexName("ByTier")
                        .keyConditionExpression("Tier = :gold")
                        .expressionAttributeValues(Map.of(":gold", s("GOLD"))))
                .items()
                .stream()
                .map(item -> item.get("UserID").s())
                .toList();
    }

    @Test
    @DisplayName("v1 writes a Date with three digits, even at a whole second; v2 maps no Date at all")
    void dates(LegacyV1 v1, DynamoDbClient client, Tables tables) {
        String table = Stored.usersTable(tables);
        v1.mapper(table).save(v1User("whole", WHOLE_SECOND));

        assertThat(Stored.item(client, table, "whole")).containsEntry("SignedUp", s("2024-01-02T03:04:05.000Z"));
        assertThatThrownBy(() -> TableSchema.fromBean(DateBean.class))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Converter not found for EnhancedType(java.util.Date)");
        assertThatThrownBy(() -> {
                    V1InstantUser user = new V1InstantUser();
                    user.setUserId("i");
                    user.setSignedUp(WHOLE_SECOND);
                    v1.mapper(table).save(user);
                })
                .isInstanceOf(DynamoDBMappingException.class)
                .hasMessageContaining("not supported; requires @DynamoDBTyped or @DynamoDBTypeConverted");
    }

    @Test
    @DisplayName("v2's default Instant has 0, 3, 6 or 9 digits: a whole second sorts after the half")
    void defaultInstantBreaksOrder(LegacyV1 v1, DynamoDbClient client, Tables tables) {
        String table = MapperMigration.createTable(tables);
        v1.mapper(table).save(v1User("legacy-half", HALF_SECOND));
        PlainV2User ported = new PlainV2User();
        ported.setUserId("ported-whole");
        ported.setTier(Tier.GOLD);
        ported.setSignedUp(WHOLE_SECOND);
        Stored.plain(client, table).putItem(ported);

        assertThat(Stored.item(client, table, "legacy-half")).containsEntry("SignedUp", s("2024-01-02T03:04:05.500Z"));
        assertThat(Stored.item(client, table, "ported-whole")).containsEntry("SignedUp", s("2024-01-02T03:04:05Z"));
        assertThat(goldInIndexOrder(client, table))
                .as("05.5 comes before 05.0: '.' sorts before 'Z'")
                .containsExactly("legacy-half", "ported-whole");
        assertThat(v1.mapper(table).load(V1User.class, "ported-whole").getSignedUp())
                .as("v1 still parses the short form")
                .isEqualTo(Date.from(WHOLE_SECOND));
    }

    @Test
    @DisplayName("MillisInstantConverter writes v1's format both ways: same string, same order, same Date")
    void converterKeepsV1Format(LegacyV1 v1, DynamoDbClient client, Tables tables) {
        String table = MapperMigration.createTable(tables);
        DynamoDBMapper mapper = v1.mapper(table);
        mapper.save(v1User("legacy-half", HALF_SECOND));
        var migrated = Stored.migrated(client, table);
        MigratedUser legacy =
                migrated.getItem(Key.builder().partitionValue("legacy-half").build());
        MigratedUser fresh = new MigratedUser();
        fresh.setUserId("migrated-whole");
        fresh.setTier(Tier.GOLD);
        fresh.setSignedUp(WHOLE_SECOND);
        migrated.putItem(fresh);

        assertThat(legacy.getSignedUp()).isEqualTo(HALF_SECOND);
        assertThat(Stored.item(client, table, "migrated-whole"))
                .containsEntry("SignedUp", s("2024-01-02T03:04:05.000Z"));
        assertThat(goldInIndexOrder(client, table)).containsExactly("migrated-whole", "legacy-half");
        assertThat(mapper.load(V1User.class, "migrated-whole").getSignedUp()).isEqualTo(Date.from(WHOLE_SECOND));
    }

    @Test
    @DisplayName("the converter drops digits below the millisecond, reads any ISO-8601 form, and names what it cannot")
    void converterEdges() {
        MillisInstantConverter converter = new MillisInstantConverter();

        assertThat(converter.transformFrom(Instant.parse("2024-01-02T03:04:05.123456789Z")))
                .isEqualTo(s("2024-01-02T03:04:05.123Z"));
        assertThat(converter.transformTo(s("2024-01-02T03:04:05Z"))).isEqualTo(WHOLE_SECOND);
        assertThatThrownBy(() -> converter.transformTo(s("02/01/2024")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Expected an ISO-8601 instant")
                .hasMessageContaining("\"02/01/2024\"");
        assertThatThrownBy(() -> converter.transformTo(AttributeValue.fromN("1704164645000")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Expected an instant stored as a string (S)");
    }
}
