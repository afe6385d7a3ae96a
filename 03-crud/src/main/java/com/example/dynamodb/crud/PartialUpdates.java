package com.example.dynamodb.crud;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.model.IgnoreNullsMode;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A partial update with the Enhanced Client: {@code updateItem} with a bean that holds only the
 * changes. What happens to the nulls is the {@link IgnoreNullsMode}'s choice, and the three modes
 * write three different items from the same bean.
 */
public final class PartialUpdates {

    private PartialUpdates() {}

    // tag::update[]
    /** Writes {@code changes} over the stored profile; {@code mode} decides what its nulls mean. */
    public static void update(DynamoDbTable<Profile> profiles, Profile changes, IgnoreNullsMode mode) {
        profiles.updateItem(r -> r.item(changes).ignoreNullsMode(mode));
    }
    // end::update[]

    /** Ada as stored: a name, a bio, and an address with a street and a city. */
    public static Profile ada() {
        Profile ada = new Profile();
        ada.setUserId("ada");
        ada.setName("Ada");
        ada.setBio("Writes code");
        ada.setAddress(new PostalAddress("1 Main St", "Lisbon"));
        return ada;
    }

    /** The change: a new name and a new city; the bio and the street are null in this bean. */
    public static Profile movedToPorto() {
        Profile changes = new Profile();
        changes.setUserId("ada");
        changes.setName("Ada L.");
        changes.setAddress(new PostalAddress(null, "Porto"));
        return changes;
    }

    public static Map<String, AttributeValue> stored(DynamoDbClient client, String table) {
        return client.getItem(b -> b.tableName(table).key(UsersTable.key("ada")).consistentRead(true))
                .item();
    }

    static void demo(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("Partial updates: IgnoreNullsMode decides what a null means");
        String table = UsersTable.create(tables, "Users");
        DynamoDbTable<Profile> profiles = ddb.enhancedClient().table(table, TableSchema.fromBean(Profile.class));
        Narrator.say("stored:  " + Narrator.format(profiles.tableSchema().itemToMap(ada(), true)));
        Narrator.say("changes: Name \"Ada L.\", Address.City \"Porto\"; Bio and Address.Street null");
        for (IgnoreNullsMode mode : IgnoreNullsMode.values()) {
            profiles.putItem(ada());
            update(profiles, movedToPorto(), mode);
            Narrator.show(String.format("%-11s", mode), Narrator.format(stored(ddb.client(), table)));
        }
    }

    public static void main(String[] args) {
        Walkthroughs.run(PartialUpdates::demo);
    }
}
