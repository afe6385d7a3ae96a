package com.example.dynamodb.projects.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;

@DynamoDbTest
@Tag("transactions") // every update is a transaction over the profile and its email reservation
class ProfileUpdatesTest {

    static String withAdaAndGrace(DynamoDbClient client, Tables tables) {
        String table = ProfilesTable.create(tables, "Profiles");
        ProfileRepository.register(client, table, Profile.create("ada", "ada@example.com", "Ada", ""));
        ProfileRepository.register(client, table, Profile.create("grace", "grace@example.com", "Grace", ""));
        return table;
    }

    static List<Map<String, AttributeValue>> all(DynamoDbClient client, String table) {
        return ProfileRepositoryTest.all(client, table);
    }

    @Test
    @DisplayName("an update at the version read succeeds and moves the version on by one")
    void updateAtCurrentVersion(DynamoDbClient client, Tables tables) {
        String table = withAdaAndGrace(client, tables);

        Profile updated = ProfileUpdates.updateDetails(client, table, "ada", 1, " Ada Lovelace ", "Engines");

        assertThat(updated).isEqualTo(new Profile("ada", "ada@example.com", "Ada Lovelace", "Engines", 2));
        assertThat(ProfileRepository.get(client, table, "ada")).hasValue(updated);
    }

    @Test
    @DisplayName("a second editor with the old version is refused, told the current one, and changes nothing")
    void staleUpdateRefused(DynamoDbClient client, Tables tables) {
        String table = withAdaAndGrace(client, tables);
        Profile first = ProfileUpdates.updateDetails(client, table, "ada", 1, "Ada", "first editor");

        assertThatThrownBy(() -> ProfileUpdates.updateDetails(client, table, "ada", 1, "Ada", "second editor"))
                .isInstanceOfSatisfying(
                        StaleProfileException.class,
                        e -> assertThat(e.currentVersion()).isEqualTo(2))
                .hasMessage("Profile ada changed since you read it (you had version 1, it is now at version 2);"
                        + " read it again and re-apply your change. Nothing was written");
        assertThat(ProfileRepository.get(client, table, "ada")).hasValue(first);
    }

    @Test
    @DisplayName("updating a profile that does not exist says so, and creates nothing")
    void updateOfMissingProfile(DynamoDbClient client, Tables tables) {
        String table = withAdaAndGrace(client, tables);

        assertThatThrownBy(() -> ProfileUpdates.updateDetails(client, table, "nobody", 1, "N", ""))
                .isInstanceOf(ProfileNotFoundException.class)
                .hasMessage("No profile with user id nobody");
        assertThat(all(client, table)).hasSize(4);
    }

    @Test
    @DisplayName("an oversize bio is refused before anything is sent")
    void invalidUpdateRefused(DynamoDbClient client, Tables tables) {
        String table = withAdaAndGrace(client, tables);

        assertThatThrownBy(() -> ProfileUpdates.updateDetails(client, table, "ada", 1, "Ada", "x".repeat(1_001)))
                .isInstanceOf(InvalidProfileException.class);
        assertThat(ProfileRepository.get(client, table, "ada").orElseThrow().version())
                .isEqualTo(1);
    }

    @Test
    @DisplayName("an email change moves the reservation: the old address is free, the new one taken")
    void emailChangeMovesReservation(DynamoDbClient client, Tables tables) {
        String table = withAdaAndGrace(client, tables);

        Profile moved = ProfileUpdates.changeEmail(client, table, "ada", 1, "Countess@Example.com");

        assertThat(moved.email()).isEqualTo("countess@example.com");
        assertThat(moved.version()).isEqualTo(2);
        assertThat(ProfileRepository.get(client, table, "ada")).hasValue(moved);
        assertThat(ProfileRepository.findByEmail(client, table, "countess@example.com"))
                .hasValue(moved);
        assertThat(ProfileRepository.findByEmail(client, table, "ada@example.com"))
                .isEmpty();
        assertThat(all(client, table)).hasSize(4); // two profiles, two reservations: nothing left over
        ProfileRepository.register(client, table, Profile.create("newbie", "ada@example.com", "New", ""));
    }

    @Test
    @DisplayName("changing to an email another profile holds is refused and changes nothing at all")
    void emailChangeToTakenAddress(DynamoDbClient client, Tables tables) {
        String table = withAdaAndGrace(client, tables);
        List<Map<String, AttributeValue>> before = all(client, table);

        assertThatThrownBy(() -> ProfileUpdates.changeEmail(client, table, "ada", 1, "GRACE@example.com"))
                .isInstanceOf(EmailTakenException.class);
        // The profile update and the old reservation's delete were in the cancelled transaction too.
        assertThat(all(client, table)).containsExactlyInAnyOrderElementsOf(before);
    }

    @Test
    @DisplayName("an email change based on an old version is refused, and the reservations stay")
    void staleEmailChange(DynamoDbClient client, Tables tables) {
        String table = withAdaAndGrace(client, tables);
        ProfileUpdates.updateDetails(client, table, "ada", 1, "Ada", "edited");
        List<Map<String, AttributeValue>> before = all(client, table);

        assertThatThrownBy(() -> ProfileUpdates.changeEmail(client, table, "ada", 1, "new@example.com"))
                .isInstanceOf(StaleProfileException.class);
        assertThat(all(client, table)).containsExactlyInAnyOrderElementsOf(before);
    }

    @Test
    @DisplayName(
            "an edit that lands between the email change's read and its transaction is caught: stale, nothing moved")
    void editDuringEmailChange(DynamoDbClient client, Tables tables) {
        String table = withAdaAndGrace(client, tables);
        // Passes every call through, but lets another editor save just before the transaction goes out.
        DynamoDbClient racing = new DynamoDbClient() {
            @Override
            public GetItemResponse getItem(GetItemRequest request) {
                return client.getItem(request);
            }

            @Override
            public TransactWriteItemsResponse transactWriteItems(TransactWriteItemsRequest request) {
                ProfileUpdates.updateDetails(client, table, "ada", 1, "Ada", "saved by someone else");
                return client.transactWriteItems(request);
            }

            @Override
            public String serviceName() {
                return "dynamodb";
            }

            @Override
            public void close() {}
        };

        assertThatThrownBy(() -> ProfileUpdates.changeEmail(racing, table, "ada", 1, "new@example.com"))
                .isInstanceOf(StaleProfileException.class)
                .hasMessageContaining("it is now at version 2");
        assertThat(ProfileRepository.findByEmail(client, table, "ada@example.com"))
                .map(Profile::bio)
                .hasValue("saved by someone else");
        assertThat(ProfileRepository.findByEmail(client, table, "new@example.com"))
                .isEmpty();
    }
}
