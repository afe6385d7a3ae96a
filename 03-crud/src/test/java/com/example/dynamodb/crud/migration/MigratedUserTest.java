package com.example.dynamodb.crud.migration;

import static com.example.dynamodb.crud.migration.Stored.n;
import static com.example.dynamodb.crud.migration.Stored.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.dynamodbv2.datamodeling.DynamoDBAttribute;
import com.amazonaws.services.dynamodbv2.datamodeling.DynamoDBHashKey;
import com.amazonaws.services.dynamodbv2.datamodeling.DynamoDBMapper;
import com.amazonaws.services.dynamodbv2.datamodeling.DynamoDBMappingException;
import com.amazonaws.services.dynamodbv2.datamodeling.DynamoDBTable;
import com.amazonaws.services.dynamodbv2.datamodeling.DynamoDBTypeConvertedEnum;
import com.amazonaws.services.dynamodbv2.model.AmazonDynamoDBException;
import com.example.dynamodb.crud.GeneratedTimestamps;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.lang.annotation.Annotation;
import java.lang.annotation.ElementType;
import java.lang.annotation.Target;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.extensions.annotations.DynamoDbVersionAttribute;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbAttribute;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbConvertedBy;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbIgnoreNulls;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPreserveEmptyObject;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

@DynamoDbTest(sdkClient = true)
@ExtendWith(LegacyV1.PerClass.class)
@DisplayName("MigratedUser: nested documents, nulls, sets, enums, versions and timestamps across both SDKs")
class MigratedUserTest {

    private static final Key ADA = Key.builder().partitionValue("ada").build();

    /** v1 beans for the types V1User does not have. */
    @DynamoDBTable(tableName = "Users")
    public static class V1Odds {
        @DynamoDBHashKey(attributeName = "UserID")
        private String userId;

        @DynamoDBAttribute(attributeName = "Flags")
        private Set<Boolean> flags;

        @DynamoDBAttribute(attributeName = "Plan")
        @DynamoDBTypeConvertedEnum
        private Plan plan;

        public String getUserId() {
            return userId;
        }

        public void setUserId(String userId) {
            this.userId = userId;
        }

        public Set<Boolean> getFlags() {
            return flags;
        }

        public void setFlags(Set<Boolean> flags) {
            this.flags = flags;
        }

        public Plan getPlan() {
            return plan;
        }

        public void setPlan(Plan plan) {
            this.plan = plan;
        }
    }

    @DynamoDBTable(tableName = "Users")
    public static class V1EnumWithoutAnnotation {
        @DynamoDBHashKey(attributeName = "UserID")
        private String userId;

        private Tier tier;

        public String getUserId() {
            return userId;
        }

        public void setUserId(String userId) {
            this.userId = userId;
        }

        public Tier getTier() {
            return tier;
        }

        public void setTier(Tier tier) {
            this.tier = tier;
        }
    }

    /** An enum whose toString() is not its name. */
    public enum Plan {
        BASIC;

        @Override
        public String toString() {
            return "Basic plan";
        }
    }

    @DynamoDbBean
    public static class V2Odds {
        private String userId;
        private Set<Integer> flags;
        private Plan plan;

        @DynamoDbPartitionKey
        @DynamoDbAttribute("UserID")
        public String getUserId() {
            return userId;
        }

        public void setUserId(String userId) {
            this.userId = userId;
        }

        @DynamoDbAttribute("Flags")
        public Set<Integer> getFlags() {
            return flags;
        }

        public void setFlags(Set<Integer> flags) {
            this.flags = flags;
        }

        @DynamoDbAttribute("Plan")
        public Plan getPlan() {
            return plan;
        }

        public void setPlan(Plan plan) {
            this.plan = plan;
        }
    }

    @DynamoDbBean
    public static class V2BooleanSet {
        private String userId;
        private Set<Boolean> flags;

        @DynamoDbPartitionKey
        public String getUserId() {
            return userId;
        }

        public void setUserId(String userId) {
            this.userId = userId;
        }

        public Set<Boolean> getFlags() {
            return flags;
        }

        public void setFlags(Set<Boolean> flags) {
            this.flags = flags;
        }
    }

    private static V1User.Address v1Address(String city) {
        V1User.Address address = new V1User.Address();
        address.setCity(city);
        return address;
    }

    @Test
    @DisplayName(
            "nested: v1 leaves out null fields, v2 writes NUL unless @DynamoDbIgnoreNulls; top-level nulls are left out by both")
    void nestedNulls(LegacyV1 v1, DynamoDbClient client, Tables tables) {
        String table = Stored.usersTable(tables);
        DynamoDBMapper mapper = v1.mapper(table);
        V1User legacy = new V1User();
        legacy.setUserId("legacy");
        legacy.setAddress(v1Address("Paris"));
        mapper.save(legacy);
        PlainV2User ported = new PlainV2User();
        ported.setUserId("ported");
        ported.setAddress(new MigratedUser.Address());
        ported.getAddress().setCity("Paris");
        Stored.plain(client, table).putItem(ported);
        MigratedUser migrated = new MigratedUser();
        migrated.setUserId("migrated");
        migrated.setAddress(new MigratedUser.Address());
        migrated.getAddress().setCity("Paris");
        Stored.migrated(client, table).putItem(migrated);

        AttributeValue parisOnly = AttributeValue.fromM(Map.of("City", s("Paris")));
        assertThat(Stored.item(client, table, "legacy"))
                .containsEntry("Address", parisOnly)
                .doesNotContainKeys("Active", "Nickname", "Tier", "Tags");
        assertThat(Stored.item(client, table, "ported"))
                .containsEntry(
                        "Address",
                        AttributeValue.fromM(Map.of("City", s("Paris"), "Zip", AttributeValue.fromNul(true))))
                .doesNotContainKeys("Active", "Nickname", "Tier", "Tags");
        assertThat(Stored.item(client, table, "migrated")).containsEntry("Address", parisOnly);
        assertThat(mapper.load(V1User.class, "ported").getAddress().getCity())
                .as("v1 reads a NUL as null")
                .isEqualTo("Paris");
    }

    @Test
    @DisplayName(
            "an empty nested object: v1 writes M {} and reads it back empty; v2 reads null unless @DynamoDbPreserveEmptyObject")
    void emptyNestedObject(LegacyV1 v1, DynamoDbClient client, Tables tables) {
        String table = Stored.usersTable(tables);
        DynamoDBMapper mapper = v1.mapper(table);
        V1User legacy = new V1User();
        legacy.setUserId("ada");
        legacy.setAddress(new V1User.Address());
        mapper.save(legacy);

        assertThat(Stored.item(client, table, "ada")).containsEntry("Address", AttributeValue.fromM(Map.of()));
        assertThat(mapper.load(V1User.class, "ada").getAddress()).isNotNull();
        assertThat(Stored.plain(client, table).getItem(ADA).getAddress()).isNull();
        MigratedUser migrated = Stored.migrated(client, table).getItem(ADA);
        assertThat(migrated.getAddress()).isNotNull();
        assertThat(migrated.getAddress().getCity()).isNull();

        PlainV2User ported = new PlainV2User();
        ported.setUserId("ported");
        ported.setAddress(new MigratedUser.Address());
        Stored.plain(client, table).putItem(ported);
        migrated.setUserId("migrated");
        migrated.setVersion(null);
        Stored.migrated(client, table).putItem(migrated);
        assertThat(Stored.item(client, table, "ported").get("Address").m())
                .containsOnlyKeys("City", "Zip")
                .allSatisfy((name, value) -> assertThat(value).isEqualTo(AttributeValue.fromNul(true)));
        assertThat(Stored.item(client, table, "migrated")).containsEntry("Address", AttributeValue.fromM(Map.of()));
    }

    @Test
    @DisplayName("sets: SS both ways; an empty set is refused by DynamoDB whichever SDK sends it")
    void sets(LegacyV1 v1, DynamoDbClient client, Tables tables) {
        String table = Stored.usersTable(tables);
        DynamoDBMapper mapper = v1.mapper(table);
        V1User legacy = new V1User();
        legacy.setUserId("ada");
        legacy.setTags(Set.of("beta", "vip"));
        mapper.save(legacy);

        assertThat(Stored.item(client, table, "ada").get("Tags").ss()).containsExactlyInAnyOrder("beta", "vip");
        MigratedUser read = Stored.migrated(client, table).getItem(ADA);
        assertThat(read.getTags()).containsExactlyInAnyOrder("beta", "vip");
        read.setTags(Set.of("gamma"));
        SaveBehaviors.saveLikeUpdate(Stored.migrated(client, table), read);
        assertThat(mapper.load(V1User.class, "ada").getTags()).containsExactly("gamma");

        V1User empty = new V1User();
        empty.setUserId("empty-v1");
        empty.setTags(new HashSet<>());
        assertThatThrownBy(() -> mapper.save(empty))
                .isInstanceOf(AmazonDynamoDBException.class)
                .hasMessageContaining("set  may not be empty");
        read.setUserId("empty-v2");
        read.setVersion(null);
        read.setTags(new HashSet<>());
        assertThatThrownBy(() -> Stored.migrated(client, table).putItem(read))
                .isInstanceOf(DynamoDbException.class)
                .hasMessageContaining("set  may not be empty");
    }

    @Test
    @DisplayName("Set<Boolean>: v1 wrote NS 0/1; v2 refuses the type, a Set<Integer> reads and writes the same NS")
    void booleanSets(LegacyV1 v1, DynamoDbClient client, Tables tables) {
        String table = Stored.usersTable(tables);
        V1Odds legacy = new V1Odds();
        legacy.setUserId("ada");
        legacy.setFlags(Set.of(true, false));
        v1.mapper(table).save(legacy);

        assertThat(Stored.item(client, table, "ada").get("Flags").ns()).containsExactlyInAnyOrder("0", "1");
        assertThatThrownBy(() -> TableSchema.fromBean(V2BooleanSet.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(
                        "SetAttributeConverter cannot be created with a parameterized type of 'class java.lang.Boolean'");
        var odds = Stored.plainClient(client).table(table, TableSchema.fromBean(V2Odds.class));
        V2Odds read = odds.getItem(ADA);
        assertThat(read.getFlags()).containsExactlyInAnyOrder(0, 1);
        read.setUserId("v2");
        read.setFlags(Set.of(1));
        odds.putItem(read);
        assertThat(v1.mapper(table).load(V1Odds.class, "v2").getFlags()).containsExactly(true);
    }

    @Test
    @DisplayName(
            "enums: both store toString(); v1 needs @DynamoDBTypeConvertedEnum, and cannot read back an overridden toString()")
    void enums(LegacyV1 v1, DynamoDbClient client, Tables tables) {
        String table = Stored.usersTable(tables);
        DynamoDBMapper mapper = v1.mapper(table);
        V1User legacy = new V1User();
        legacy.setUserId("ada");
        legacy.setTier(Tier.GOLD);
        mapper.save(legacy);

        assertThat(Stored.item(client, table, "ada")).containsEntry("Tier", s("GOLD"));
        assertThat(Stored.migrated(client, table).getItem(ADA).getTier()).isEqualTo(Tier.GOLD);
        assertThatThrownBy(() -> {
                    V1EnumWithoutAnnotation bare = new V1EnumWithoutAnnotation();
                    bare.setUserId("bare");
                    bare.setTier(Tier.GOLD);
                    mapper.save(bare);
                })
                .isInstanceOf(DynamoDBMappingException.class)
                .hasMessageContaining("requires @DynamoDBTyped or @DynamoDBTypeConverted");

        V1Odds planned = new V1Odds();
        planned.setUserId("planned");
        planned.setPlan(Plan.BASIC);
        mapper.save(planned);
        assertThat(Stored.item(client, table, "planned")).containsEntry("Plan", s("Basic plan"));
        assertThatThrownBy(() -> mapper.load(V1Odds.class, "planned"))
                .isInstanceOf(DynamoDBMappingException.class)
                .hasRootCauseMessage("No enum constant " + Plan.class.getCanonicalName() + ".Basic plan");
        var odds = Stored.plainClient(client).table(table, TableSchema.fromBean(V2Odds.class));
        assertThat(odds.getItem(Key.builder().partitionValue("planned").build()).getPlan())
                .isEqualTo(Plan.BASIC);
    }

    @Test
    @DisplayName("v2's mapping annotations apply to methods only: V1User's field annotations would not compile")
    void annotationsOnGetters() {
        for (Class<? extends Annotation> annotation : List.of(
                DynamoDbAttribute.class,
                DynamoDbPartitionKey.class,
                DynamoDbConvertedBy.class,
                DynamoDbIgnoreNulls.class,
                DynamoDbPreserveEmptyObject.class,
                DynamoDbVersionAttribute.class)) {
            assertThat(annotation.getAnnotation(Target.class).value())
                    .as(annotation.getSimpleName())
                    .containsExactly(ElementType.METHOD);
        }
        assertThat(DynamoDBAttribute.class.getAnnotation(Target.class).value()).contains(ElementType.FIELD);
    }

    @Test
    @Tag("legacy") // DynamoDBMapper's Expected: Exists with a Value (dynalite 4.0.0 checks only Exists)
    @DisplayName("versions: both start at 1 and check each other's numbers, so either SDK can save after the other")
    void versions(LegacyV1 v1, DynamoDbClient client, Tables tables) {
        String table = Stored.usersTable(tables);
        DynamoDBMapper mapper = v1.mapper(table);
        V1User legacy = new V1User();
        legacy.setUserId("legacy");
        mapper.save(legacy);
        MigratedUser migrated = new MigratedUser();
        migrated.setUserId("migrated");
        var users = Stored.migrated(client, table);
        users.putItem(migrated);

        assertThat(Stored.item(client, table, "legacy")).containsEntry("Version", n("1"));
        assertThat(Stored.item(client, table, "migrated")).containsEntry("Version", n("1"));
        MigratedUser read = users.getItem(Key.builder().partitionValue("legacy").build());
        V1User stale = mapper.load(V1User.class, "legacy");
        SaveBehaviors.saveLikeUpdate(users, read);
        assertThat(Stored.item(client, table, "legacy")).containsEntry("Version", n("2"));
        assertThatThrownBy(() -> mapper.save(stale))
                .as("v1 holding version 1 after v2 wrote 2")
                .isInstanceOf(com.amazonaws.services.dynamodbv2.model.ConditionalCheckFailedException.class);
        mapper.save(mapper.load(V1User.class, "legacy"));
        assertThat(Stored.item(client, table, "legacy")).containsEntry("Version", n("3"));
    }

    @Test
    @DisplayName("timestamps: v1 stamps every save with millis; v2 only with the extension, in nanos unless converted")
    void timestamps(LegacyV1 v1, DynamoDbClient client, Tables tables) {
        String table = Stored.usersTable(tables);
        Instant before = Instant.now();
        V1User legacy = new V1User();
        legacy.setUserId("legacy");
        v1.mapper(table).save(legacy);
        Instant after = Instant.now();
        PlainV2User withoutExtension = new PlainV2User();
        withoutExtension.setUserId("no-extension");
        Stored.plain(client, table).putItem(withoutExtension);
        PlainV2User defaultFormat = new PlainV2User();
        defaultFormat.setUserId("default-format");
        GeneratedTimestamps.stampingWith(client, Stored.CLOCK)
                .table(table, TableSchema.fromBean(PlainV2User.class))
                .putItem(defaultFormat);
        MigratedUser migrated = new MigratedUser();
        migrated.setUserId("migrated");
        Stored.migrated(client, table).putItem(migrated);

        String stamped = Stored.item(client, table, "legacy").get("UpdatedAt").s();
        assertThat(stamped).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        assertThat(Instant.parse(stamped)).isBetween(before.minusMillis(1), after);
        assertThat(Stored.item(client, table, "no-extension")).doesNotContainKey("UpdatedAt");
        assertThat(Stored.item(client, table, "default-format"))
                .containsEntry("UpdatedAt", s("2026-03-04T05:06:07.891234567Z"));
        assertThat(Stored.item(client, table, "migrated")).containsEntry("UpdatedAt", s("2026-03-04T05:06:07.891Z"));
        assertThat(v1.mapper(table).load(V1User.class, "migrated").getUpdatedAt())
                .isEqualTo(Date.from(Instant.parse("2026-03-04T05:06:07.891Z")));
        assertThat(v1.mapper(table).load(V1User.class, "default-format").getUpdatedAt())
                .as("v1 parses nine digits too, down to its millisecond")
                .isEqualTo(Date.from(Instant.parse("2026-03-04T05:06:07.891Z")));
    }
}
