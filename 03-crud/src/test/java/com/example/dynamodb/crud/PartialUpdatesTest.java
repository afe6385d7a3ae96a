package com.example.dynamodb.crud;

import static com.example.dynamodb.crud.UsersTable.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.model.IgnoreNullsMode;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/** One change bean, three IgnoreNullsModes, three different items (SDK 2.59.1). */
@DynamoDbTest
class PartialUpdatesTest {

    private static final AttributeValue NULL = AttributeValue.fromNul(true);

    private static DynamoDbTable<Profile> profiles(DynamoDbEnhancedClient enhanced, Tables tables) {
        DynamoDbTable<Profile> profiles =
                enhanced.table(UsersTable.create(tables, "Users"), TableSchema.fromBean(Profile.class));
        profiles.putItem(PartialUpdates.ada());
        return profiles;
    }

    private static AttributeValue address(AttributeValue street, String city) {
        return AttributeValue.fromM(Map.of("Street", street, "City", s(city)));
    }

    @Test
    @DisplayName("SCALAR_ONLY: nulls are left alone, the nested City is set in place, the Street kept")
    void scalarOnly(DynamoDbEnhancedClient enhanced, DynamoDbClient client, Tables tables) {
        DynamoDbTable<Profile> profiles = profiles(enhanced, tables);

        PartialUpdates.update(profiles, PartialUpdates.movedToPorto(), IgnoreNullsMode.SCALAR_ONLY);

        assertThat(PartialUpdates.stored(client, profiles.tableName()))
                .isEqualTo(Map.of(
                        "UserID", s("ada"),
                        "Name", s("Ada L."),
                        "Bio", s("Writes code"),
                        "Address", address(s("1 Main St"), "Porto")));
    }

    @Test
    @DisplayName(
            "MAPS_ONLY: top-level nulls are left alone, but the Address map is replaced whole, its null Street as NULL")
    void mapsOnly(DynamoDbEnhancedClient enhanced, DynamoDbClient client, Tables tables) {
        DynamoDbTable<Profile> profiles = profiles(enhanced, tables);

        PartialUpdates.update(profiles, PartialUpdates.movedToPorto(), IgnoreNullsMode.MAPS_ONLY);

        assertThat(PartialUpdates.stored(client, profiles.tableName()))
                .isEqualTo(Map.of(
                        "UserID", s("ada"),
                        "Name", s("Ada L."),
                        "Bio", s("Writes code"),
                        "Address", address(NULL, "Porto")));
    }

    @Test
    @DisplayName("DEFAULT: every null is written: Bio is removed, the Address replaced with a NULL Street")
    void defaultMode(DynamoDbEnhancedClient enhanced, DynamoDbClient client, Tables tables) {
        DynamoDbTable<Profile> profiles = profiles(enhanced, tables);

        PartialUpdates.update(profiles, PartialUpdates.movedToPorto(), IgnoreNullsMode.DEFAULT);

        assertThat(PartialUpdates.stored(client, profiles.tableName()))
                .isEqualTo(Map.of("UserID", s("ada"), "Name", s("Ada L."), "Address", address(NULL, "Porto")));
    }

    @Test
    @DisplayName("SCALAR_ONLY on an item without the Address map fails: there is no Address.City to set")
    void scalarOnlyNeedsTheMap(DynamoDbEnhancedClient enhanced, DynamoDbClient client, Tables tables) {
        DynamoDbTable<Profile> profiles = profiles(enhanced, tables);
        Profile noAddress = PartialUpdates.ada();
        noAddress.setAddress(null);
        profiles.putItem(noAddress);

        assertThatThrownBy(() ->
                        PartialUpdates.update(profiles, PartialUpdates.movedToPorto(), IgnoreNullsMode.SCALAR_ONLY))
                .isInstanceOf(DynamoDbException.class)
                .hasMessageContaining("The document path provided in the update expression is invalid for update");
        assertThat(PartialUpdates.stored(client, profiles.tableName())).containsEntry("Name", s("Ada"));
    }
}
