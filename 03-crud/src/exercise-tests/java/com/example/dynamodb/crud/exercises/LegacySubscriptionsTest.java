package com.example.dynamodb.crud.exercises;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.dynamodb.crud.exercises.LegacySubscriptions.Subscription;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Exercise 03.4: what "done" means for {@link LegacySubscriptions}. The legacy items are written
 * exactly as DynamoDBMapper stored them (the lesson's tests prove each format against SDK v1), so
 * this runs on the embedded engine without v1 on the class path.
 */
@DynamoDbTest
@DisplayName("Exercise 03.4 Read what DynamoDBMapper wrote")
class LegacySubscriptionsTest {

    private DynamoDbClient client;
    private String tableName;
    private DynamoDbTable<Subscription> table;

    @BeforeEach
    void legacyItems(DynamoDbClient client, DynamoDbEnhancedClient enhanced, Tables tables) {
        this.client = client;
        this.tableName = tables.reserve("Subscriptions");
        tables.createAndWait(CreateTableRequest.builder()
                .tableName(tableName)
                .keySchema(k -> k.attributeName("SubscriptionId").keyType(KeyType.HASH))
                .attributeDefinitions(a -> a.attributeName("SubscriptionId").attributeType(ScalarAttributeType.S))
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .build());
        legacy("s-1", "1", "2024-03-01T00:00:00.000Z", "ada");
        legacy("s-2", "0", "2024-02-01T00:00:00.000Z", "bob");
        legacy("s-3", "1", "2024-05-01T00:00:00.000Z", "cy");
        this.table = LegacySubscriptions.table(enhanced, tableName);
    }

    /** An item as the v1 service saved it. */
    private void legacy(String id, String active, String renewsOn, String owner) {
        client.putItem(b -> b.tableName(tableName)
                .item(Map.of(
                        "SubscriptionId", AttributeValue.fromS(id),
                        "Active", AttributeValue.fromN(active),
                        "RenewsOn", AttributeValue.fromS(renewsOn),
                        "Owner", AttributeValue.fromS(owner))));
    }

    private Map<String, AttributeValue> stored(String id) {
        return client.getItem(b -> b.tableName(tableName)
                        .key(Map.of("SubscriptionId", AttributeValue.fromS(id)))
                        .consistentRead(true))
                .item();
    }

    private static Subscription subscription(String id, boolean active, String renewsOn) {
        Subscription s = new Subscription();
        s.setId(id);
        s.setActive(active);
        s.setRenewsOn(Instant.parse(renewsOn));
        s.setOwner("new-" + id);
        return s;
    }

    @Test
    @DisplayName("a legacy item loads: Active N 1 is true, RenewsOn is the instant v1 stored")
    void legacyItemLoads() {
        Subscription s1 = table.getItem(Key.builder().partitionValue("s-1").build());

        assertThat(s1.getActive()).isTrue();
        assertThat(s1.getRenewsOn()).isEqualTo(Instant.parse("2024-03-01T00:00:00Z"));
        assertThat(s1.getOwner()).isEqualTo("ada");
    }

    @Test
    @DisplayName("a saved subscription is stored as v1 stored it: Active N 1/0, RenewsOn with three fraction digits")
    void savedAsV1Did() {
        table.putItem(subscription("s-4", false, "2024-04-01T00:00:00Z"));
        table.putItem(subscription("s-5", true, "2024-04-01T12:30:00.123456Z"));

        assertThat(stored("s-4"))
                .containsEntry("Active", AttributeValue.fromN("0"))
                .containsEntry("RenewsOn", AttributeValue.fromS("2024-04-01T00:00:00.000Z"));
        assertThat(stored("s-5"))
                .containsEntry("Active", AttributeValue.fromN("1"))
                .containsEntry("RenewsOn", AttributeValue.fromS("2024-04-01T12:30:00.123Z"));
    }

    @Test
    @DisplayName("the filter finds old and new active subscriptions renewing before the cutoff, and no others")
    void filterSeesOldAndNew() {
        table.putItem(subscription("s-6", true, "2024-04-01T00:00:00Z")); // half a second before the cutoff
        table.putItem(subscription("s-7", false, "2024-03-15T00:00:00Z")); // inactive
        table.putItem(subscription("s-8", true, "2024-06-01T00:00:00Z")); // after the cutoff

        assertThat(LegacySubscriptions.activeRenewingBefore(table, Instant.parse("2024-04-01T00:00:00.500Z")))
                .containsExactly("s-1", "s-6");
    }
}
