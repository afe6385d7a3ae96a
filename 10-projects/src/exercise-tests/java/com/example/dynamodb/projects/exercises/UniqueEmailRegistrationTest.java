package com.example.dynamodb.projects.exercises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.dynamodb.projects.profiles.EmailTakenException;
import com.example.dynamodb.projects.profiles.Profile;
import com.example.dynamodb.projects.profiles.UserIdTakenException;
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
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** Exercise 10.1: what "done" means. */
@DynamoDbTest
@DisplayName("Exercise 10.1 A unique email, by transaction")
class UniqueEmailRegistrationTest {

    static String profilesTable(Tables tables) {
        String table = tables.reserve("Profiles");
        tables.createAndWait(software.amazon.awssdk.services.dynamodb.model.CreateTableRequest.builder()
                .tableName(table)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH))
                .build());
        return table;
    }

    static Map<String, Map<String, AttributeValue>> itemsByPk(DynamoDbClient client, String table) {
        Map<String, Map<String, AttributeValue>> items = new java.util.TreeMap<>();
        client.scanPaginator(b -> b.tableName(table).consistentRead(true))
                .items()
                .forEach(i -> items.put(i.get("pk").s(), i));
        return items;
    }

    @Test
    @DisplayName("registering writes the profile and an EMAIL# reservation naming its owner")
    void writesBothItems(DynamoDbClient client, Tables tables) {
        String table = profilesTable(tables);

        UniqueEmailRegistration.register(client, table, Profile.create("ada", "Ada@Example.com", "Ada", ""));

        Map<String, Map<String, AttributeValue>> items = itemsByPk(client, table);
        assertThat(items).containsOnlyKeys("USER#ada", "EMAIL#ada@example.com");
        assertThat(items.get("EMAIL#ada@example.com").get("userId").s()).isEqualTo("ada");
    }

    @Test
    @DisplayName("a second profile with the same email is refused with EmailTakenException and writes nothing")
    void duplicateEmailRefused(DynamoDbClient client, Tables tables) {
        String table = profilesTable(tables);
        UniqueEmailRegistration.register(client, table, Profile.create("ada", "ada@example.com", "Ada", ""));
        Map<String, Map<String, AttributeValue>> before = itemsByPk(client, table);

        assertThatThrownBy(() -> UniqueEmailRegistration.register(
                        client, table, Profile.create("grace", "ada@example.com", "Grace", "")))
                .isInstanceOf(EmailTakenException.class);
        assertThat(itemsByPk(client, table)).isEqualTo(before);
    }

    @Test
    @DisplayName("a taken user id is refused with UserIdTakenException, and its new email stays free")
    void duplicateUserIdRefused(DynamoDbClient client, Tables tables) {
        String table = profilesTable(tables);
        UniqueEmailRegistration.register(client, table, Profile.create("ada", "ada@example.com", "Ada", ""));

        assertThatThrownBy(() -> UniqueEmailRegistration.register(
                        client, table, Profile.create("ada", "new@example.com", "Ada 2", "")))
                .isInstanceOf(UserIdTakenException.class);
        assertThat(itemsByPk(client, table)).containsOnlyKeys("USER#ada", "EMAIL#ada@example.com");
    }

    @Test
    @DisplayName("six concurrent sign-ups with one email: exactly one profile is written")
    void concurrentSignUps(DynamoDbClient client, Tables tables) throws Exception {
        String table = profilesTable(tables);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> wins = new ArrayList<>();
        try {
            for (int i = 0; i < 6; i++) {
                Profile profile = Profile.create("user-" + i, "same@example.com", "User", "");
                wins.add(pool.submit(() -> {
                    start.await();
                    try {
                        UniqueEmailRegistration.register(client, table, profile);
                        return true;
                    } catch (EmailTakenException e) {
                        return false;
                    }
                }));
            }
            start.countDown();
            int won = 0;
            for (Future<Boolean> win : wins) {
                won += win.get() ? 1 : 0;
            }
            assertThat(won).isOne();
        } finally {
            pool.shutdownNow();
        }
        assertThat(itemsByPk(client, table)).hasSize(2);
    }
}
