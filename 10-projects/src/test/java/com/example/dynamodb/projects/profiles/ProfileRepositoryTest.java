package com.example.dynamodb.projects.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

@DynamoDbTest
class ProfileRepositoryTest {

    static List<Map<String, AttributeValue>> all(DynamoDbClient client, String table) {
        return client.scanPaginator(b -> b.tableName(table).consistentRead(true)).items().stream()
                .toList();
    }

    @Test
    @Tag("transactions") // a profile and its email reservation written in one transaction
    @DisplayName("registering writes the profile and an EMAIL# item that names its owner")
    void registersTwoItems(DynamoDbClient client, Tables tables) {
        String table = ProfilesTable.create(tables, "Profiles");

        ProfileRepository.register(client, table, Profile.create("ada", "Ada@Example.com", "Ada", "hi"));

        assertThat(all(client, table))
                .extracting(i -> i.get("pk").s(), i -> i.get("userId").s())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("USER#ada", "ada"),
                        org.assertj.core.groups.Tuple.tuple("EMAIL#ada@example.com", "ada"));
        assertThat(ProfileRepository.get(client, table, "ada").orElseThrow().version())
                .isEqualTo(1);
    }

    @Test
    @Tag("transactions") // a profile and its email reservation written in one transaction
    @DisplayName("a second profile with the same email, in another case, is refused and writes nothing")
    void emailIsUnique(DynamoDbClient client, Tables tables) {
        String table = ProfilesTable.create(tables, "Profiles");
        ProfileRepository.register(client, table, Profile.create("ada", "ada@example.com", "Ada", ""));

        assertThatThrownBy(() -> ProfileRepository.register(
                        client, table, Profile.create("grace", "ADA@example.com", "Grace", "")))
                .isInstanceOf(EmailTakenException.class)
                .hasMessage("The email ada@example.com is already used by another profile; nothing was written");
        assertThat(all(client, table)).hasSize(2);
        assertThat(ProfileRepository.get(client, table, "grace")).isEmpty();
    }

    @Test
    @Tag("transactions") // a profile and its email reservation written in one transaction
    @DisplayName("a taken user id is refused, and the new email stays free")
    void userIdIsUnique(DynamoDbClient client, Tables tables) {
        String table = ProfilesTable.create(tables, "Profiles");
        ProfileRepository.register(client, table, Profile.create("ada", "ada@example.com", "Ada", ""));

        assertThatThrownBy(() -> ProfileRepository.register(
                        client, table, Profile.create("ada", "other@example.com", "Other", "")))
                .isInstanceOf(UserIdTakenException.class);
        assertThat(ProfileRepository.findByEmail(client, table, "other@example.com"))
                .isEmpty();
        ProfileRepository.register(client, table, Profile.create("other", "other@example.com", "Other", ""));
        assertThat(all(client, table)).hasSize(4);
    }

    @Test
    @DisplayName("invalid input is rejected with a clear error before anything is written")
    void invalidInputWritesNothing(DynamoDbClient client, Tables tables) {
        String table = ProfilesTable.create(tables, "Profiles");

        assertThatThrownBy(() ->
                        ProfileRepository.register(client, table, Profile.create("ada", "not-an-email", "Ada", "")))
                .hasMessage("Invalid profile: email 'not-an-email' is not an address like name@example.com");
        assertThatThrownBy(() -> ProfileRepository.register(
                        client, table, Profile.create("ada", "ada@example.com", "Ada", "x".repeat(5_000))))
                .hasMessageContaining("bio has 5000 characters");
        assertThat(all(client, table)).isEmpty();
    }

    @Test
    @Tag("transactions") // a profile and its email reservation written in one transaction
    @DisplayName("eight concurrent registrations of one email: exactly one wins, the others get EmailTaken")
    void concurrentRegistrations(DynamoDbClient client, Tables tables) throws Exception {
        String table = ProfilesTable.create(tables, "Profiles");
        int contenders = 8;
        ExecutorService pool = Executors.newFixedThreadPool(contenders);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < contenders; i++) {
                Profile profile = Profile.create("user-" + i, "shared@example.com", "User " + i, "");
                outcomes.add(pool.submit(() -> {
                    start.await(); // all threads send at the same moment
                    try {
                        ProfileRepository.register(client, table, profile);
                        return "won";
                    } catch (EmailTakenException e) {
                        return "taken";
                    }
                }));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get());
            }

            assertThat(results)
                    .containsOnlyOnce("won")
                    .filteredOn("taken"::equals)
                    .hasSize(contenders - 1);
        } finally {
            pool.shutdownNow();
        }
        // One profile and its reservation, naming the winner; no loser left a profile behind.
        List<Map<String, AttributeValue>> items = all(client, table);
        assertThat(items).hasSize(2);
        String winner = ProfileRepository.findByEmail(client, table, "shared@example.com")
                .orElseThrow()
                .userId();
        assertThat(items).extracting(i -> i.get("userId").s()).containsOnly(winner);
    }

    @Test
    @Tag("transactions") // a profile and its email reservation written in one transaction
    @DisplayName("findByEmail follows the reservation to the profile, in any letter case")
    void findsByEmail(DynamoDbClient client, Tables tables) {
        String table = ProfilesTable.create(tables, "Profiles");
        ProfileRepository.register(client, table, Profile.create("ada", "ada@example.com", "Ada", ""));

        assertThat(ProfileRepository.findByEmail(client, table, " ADA@example.com"))
                .map(Profile::userId)
                .hasValue("ada");
        assertThat(ProfileRepository.findByEmail(client, table, "nobody@example.com"))
                .isEmpty();
    }

    @Test
    @Tag("transactions") // a profile and its email reservation written in one transaction
    @DisplayName("deleting removes profile and reservation together, so the email can be used again")
    void deleteReleasesEmail(DynamoDbClient client, Tables tables) {
        String table = ProfilesTable.create(tables, "Profiles");
        ProfileRepository.register(client, table, Profile.create("ada", "ada@example.com", "Ada", ""));

        ProfileRepository.delete(client, table, "ada", 1);

        assertThat(all(client, table)).isEmpty();
        ProfileRepository.register(client, table, Profile.create("grace", "ada@example.com", "Grace", ""));
        assertThat(ProfileRepository.findByEmail(client, table, "ada@example.com"))
                .map(Profile::userId)
                .hasValue("grace");
    }

    @Test
    @Tag("transactions") // a profile and its email reservation written in one transaction
    @DisplayName("deleting with a stale version is refused and deletes nothing")
    void staleDeleteRefused(DynamoDbClient client, Tables tables) {
        String table = ProfilesTable.create(tables, "Profiles");
        ProfileRepository.register(client, table, Profile.create("ada", "ada@example.com", "Ada", ""));
        ProfileUpdates.updateDetails(client, table, "ada", 1, "Ada", "new bio");

        assertThatThrownBy(() -> ProfileRepository.delete(client, table, "ada", 1))
                .isInstanceOf(StaleProfileException.class)
                .hasMessageContaining("it is now at version 2");
        assertThat(all(client, table)).hasSize(2);
    }

    @Test
    @DisplayName("a transaction cancelled by a TransactionConflict is sent again, and its outcome kept")
    void retriesTransactionConflicts() {
        // DynamoDB Local serialises transactions and never reports a conflict: a stand-in client does,
        // once, the way DynamoDB does when another transaction holds one of the items.
        List<TransactWriteItemsRequest> sent = new ArrayList<>();
        DynamoDbClient client = new DynamoDbClient() {
            @Override
            public TransactWriteItemsResponse transactWriteItems(TransactWriteItemsRequest request) {
                sent.add(request);
                if (sent.size() == 1) {
                    throw TransactionCanceledException.builder()
                            .message("Transaction cancelled")
                            .cancellationReasons(
                                    CancellationReason.builder().code("None").build(),
                                    CancellationReason.builder()
                                            .code("TransactionConflict")
                                            .build())
                            .build();
                }
                return TransactWriteItemsResponse.builder().build();
            }

            @Override
            public String serviceName() {
                return "dynamodb";
            }

            @Override
            public void close() {}
        };
        Profile ada = Profile.create("ada", "ada@example.com", "Ada", "");

        assertThat(ProfileRepository.register(client, "Profiles", ada)).isEqualTo(ada);
        assertThat(sent).hasSize(2).allSatisfy(r -> assertThat(r).isEqualTo(sent.get(0)));
    }
}
