package com.example.dynamodb.crud.migration;

import com.example.dynamodb.crud.GeneratedTimestamps;
import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Coming from DynamoDBMapper: the Enhanced Client set up to read and write the items v1 code
 * wrote, so that both can run against one table while a service moves over. The demo loads an
 * item exactly as DynamoDBMapper stored it, changes it with v2, and shows that it kept v1's format.
 */
public final class MapperMigration {

    private MapperMigration() {}

    // tag::client[]
    /** v1's TableNameOverride and TableNameResolver: in v2 the table name is an argument. */
    public static DynamoDbTable<MigratedUser> users(DynamoDbEnhancedClient enhanced, String tableName) {
        return enhanced.table(tableName, TableSchema.fromBean(MigratedUser.class));
    }
    // end::client[]

    /** The Users table with the ByTier index (Tier, SignedUp) that the queries use. */
    public static String createTable(Tables tables) {
        String name = tables.reserve("Users");
        tables.createAndWait(CreateTableRequest.builder()
                .tableName(name)
                .keySchema(k -> k.attributeName("UserID").keyType(KeyType.HASH))
                .attributeDefinitions(
                        a -> a.attributeName("UserID").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("Tier").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("SignedUp").attributeType(ScalarAttributeType.S))
                .globalSecondaryIndexes(g -> g.indexName(MigratedUser.BY_TIER)
                        .keySchema(
                                k -> k.attributeName("Tier").keyType(KeyType.HASH),
                                k -> k.attributeName("SignedUp").keyType(KeyType.RANGE))
                        .projection(p -> p.projectionType(ProjectionType.ALL)))
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .build());
        return name;
    }

    /** An item exactly as DynamoDBMapper saved it (the tests prove each of these formats). */
    static Map<String, AttributeValue> legacyItem(String userId) {
        return Map.of(
                "UserID", AttributeValue.fromS(userId),
                "Active", AttributeValue.fromN("1"),
                "SignedUp", AttributeValue.fromS("2024-01-02T03:04:05.000Z"),
                "Tier", AttributeValue.fromS("GOLD"),
                "Tags", AttributeValue.fromSs(List.of("beta")),
                "Address", AttributeValue.fromM(Map.of("City", AttributeValue.fromS("Paris"))),
                "Version", AttributeValue.fromN("1"),
                "UpdatedAt", AttributeValue.fromS("2024-01-02T03:04:05.000Z"));
    }

    static void demo(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("Coming from DynamoDBMapper: v2 reads and writes v1's items");
        DynamoDbClient client = ddb.client();
        String table = createTable(tables);
        client.putItem(b -> b.tableName(table).item(legacyItem("ada")));
        Narrator.step("an item as DynamoDBMapper saved it");
        Narrator.item(client.getItem(b -> b.tableName(table).key(Map.of("UserID", AttributeValue.fromS("ada"))))
                .item());
        DynamoDbTable<MigratedUser> users = users(GeneratedTimestamps.stampingWith(client, Clock.systemUTC()), table);
        MigratedUser ada = users.getItem(Key.builder().partitionValue("ada").build());
        Narrator.show(
                "read with MigratedUser",
                "active=" + ada.getActive() + ", signedUp=" + ada.getSignedUp() + ", tier=" + ada.getTier() + ", city="
                        + ada.getAddress().getCity() + ", version=" + ada.getVersion());
        Narrator.step("save it with v2 (UPDATE), with an empty nickname and one more tag");
        ada.setNickname("");
        ada.setTags(Set.of("beta", "vip"));
        SaveBehaviors.saveLikeUpdate(users, ada);
        Narrator.say("still N for Active, three fraction digits, no empty Nickname, Version + 1:");
        Narrator.item(client.getItem(b -> b.tableName(table).key(Map.of("UserID", AttributeValue.fromS("ada"))))
                .item());
    }

    public static void main(String[] args) {
        Walkthroughs.run(MapperMigration::demo);
    }
}
