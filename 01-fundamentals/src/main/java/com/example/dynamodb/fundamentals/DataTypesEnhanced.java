package com.example.dynamodb.fundamentals;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The same data types through the Enhanced Client, which maps Java objects to items: a mutable
 * bean ({@link UserProfile}) and an immutable record ({@link Device}). The mapper picks the
 * DynamoDB type from the Java type; look at the raw item to see what it chose.
 */
public final class DataTypesEnhanced {

    private DataTypesEnhanced() {}

    // tag::bean[]
    /** Creates the table from the bean's annotations, saves a profile and loads it back. */
    public static UserProfile saveAndLoad(DynamoDbEnhancedClient enhanced, String tableName, UserProfile profile) {
        DynamoDbTable<UserProfile> table = enhanced.table(tableName, TableSchema.fromBean(UserProfile.class));
        table.putItem(profile);
        return table.getItem(Key.builder().partitionValue(profile.getUserId()).build());
    }
    // end::bean[]

    // tag::record[]
    /** The same for an immutable record keyed by owner (partition) and device id (sort). */
    public static Device saveAndLoad(DynamoDbEnhancedClient enhanced, String tableName, Device device) {
        DynamoDbTable<Device> table = enhanced.table(tableName, TableSchema.fromImmutableClass(Device.class));
        table.putItem(device);
        return table.getItem(Key.builder()
                .partitionValue(device.ownerId())
                .sortValue(device.deviceId())
                .build());
    }
    // end::record[]

    /** A profile with every field set except middleName. */
    public static UserProfile sampleProfile(String userId) {
        UserProfile profile = new UserProfile();
        profile.setUserId(userId);
        profile.setSignUpDate(1_678_886_400L);
        profile.setBalance(new BigDecimal("1234567890123456789012345678.9012345678"));
        profile.setAvatar(SdkBytes.fromByteArray(new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
        profile.setVerified(true);
        profile.setRecent(List.of("web", "mobile"));
        profile.setAddress(Map.of("city", "London"));
        profile.setRoles(Set.of("admin", "beta"));
        profile.setLuckyNumbers(Set.of(7, 42));
        profile.setKeys(Set.of(SdkBytes.fromUtf8String("k1"), SdkBytes.fromUtf8String("k2")));
        return profile;
    }

    /** The item as stored, read with the low-level client: shows which type each field became. */
    public static Map<String, AttributeValue> rawItem(DynamoDbClient client, String table, String userId) {
        return client.getItem(b -> b.tableName(table).key(Map.of("userId", AttributeValue.fromS(userId))))
                .item();
    }

    static void demo(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("Data types (Enhanced Client: a bean and a record)");
        DynamoDbEnhancedClient enhanced = ddb.enhancedClient();

        String profiles = tables.reserve("UserProfiles");
        enhanced.table(profiles, TableSchema.fromBean(UserProfile.class)).createTable();
        ddb.client().waiter().waitUntilTableExists(b -> b.tableName(profiles));
        Narrator.step("Save a UserProfile bean and load it back");
        UserProfile loaded = saveAndLoad(enhanced, profiles, sampleProfile("u-7"));
        Narrator.show("balance (BigDecimal)", loaded.getBalance());
        Narrator.show("roles (Set<String>)", loaded.getRoles());
        Narrator.step("The raw item: which DynamoDB type each Java field became");
        new TreeMap<>(rawItem(ddb.client(), profiles, "u-7"))
                .forEach((name, value) -> Narrator.show(String.format("%-12s %-4s", name, value.type()), value));
        Narrator.say("middleName was null, so it is absent: the Enhanced Client skips null fields.");

        String devices = tables.reserve("Devices");
        enhanced.table(devices, TableSchema.fromImmutableClass(Device.class)).createTable();
        ddb.client().waiter().waitUntilTableExists(b -> b.tableName(devices));
        Narrator.step("Save a Device record and load it back");
        Device device =
                new Device("u-7", "thermostat-1", Instant.parse("2026-11-01T09:30:00Z"), true, List.of("kitchen"));
        Narrator.show("loaded", saveAndLoad(enhanced, devices, device));
    }

    public static void main(String[] args) {
        Walkthroughs.run(DataTypesEnhanced::demo);
    }
}
