package com.example.dynamodb.crud.migration;

import static com.example.dynamodb.crud.migration.Stored.n;
import static com.example.dynamodb.crud.migration.Stored.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.dynamodbv2.datamodeling.DynamoDBMapper;
import com.amazonaws.services.dynamodbv2.datamodeling.DynamoDBMapperConfig;
import com.amazonaws.services.dynamodbv2.datamodeling.DynamoDBMapperConfig.BatchWriteRetryStrategy;
import com.amazonaws.services.dynamodbv2.datamodeling.DynamoDBMapperConfig.DefaultBatchWriteRetryStrategy;
import com.amazonaws.services.dynamodbv2.datamodeling.DynamoDBQueryExpression;
import com.amazonaws.services.dynamodbv2.datamodeling.PaginatedQueryList;
import com.amazonaws.services.dynamodbv2.model.BatchWriteItemRequest;
import com.amazonaws.services.dynamodbv2.model.GetItemRequest;
import com.amazonaws.services.dynamodbv2.model.QueryRequest;
import com.amazonaws.services.dynamodbv2.model.WriteRequest;
import com.example.dynamodb.crud.GeneratedTimestamps;
import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.RecordingClient;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.UnprocessedItemsInjector;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.model.BatchWriteResult;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.WriteBatch;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@DynamoDbTest(sdkClient = true)
@ExtendWith(LegacyV1.PerClass.class)
@DisplayName("reads and batches: DynamoDBMapper's query, count, lists and batchSave, and their v2 calls")
class MapperQueriesTest {

    private static final Instant JAN_1 = Instant.parse("2024-01-01T00:00:00Z");

    /** Five GOLD users a day apart (active ones even), one FREE user: written by v1 and by v2. */
    private static void seed(LegacyV1 v1, DynamoDbClient client, String table) {
        DynamoDBMapper mapper = v1.mapper(table);
        DynamoDbTable<MigratedUser> users = Stored.migrated(client, table);
        for (int day = 0; day < 5; day++) {
            Instant signedUp = JAN_1.plusSeconds(86_400L * day);
            if (day % 2 == 0) {
                V1User legacy = new V1User();
                legacy.setUserId("gold-" + day);
                legacy.setTier(Tier.GOLD);
                legacy.setSignedUp(Date.from(signedUp));
                legacy.setActive(day != 4);
                mapper.save(legacy);
            } else {
                MigratedUser migrated = new MigratedUser();
                migrated.setUserId("gold-" + day);
                migrated.setTier(Tier.GOLD);
                migrated.setSignedUp(signedUp);
                migrated.setActive(true);
                users.putItem(migrated);
            }
        }
        V1User free = new V1User();
        free.setUserId("free");
        free.setTier(Tier.FREE);
        free.setSignedUp(Date.from(JAN_1));
        free.setActive(true);
        mapper.save(free);
    }

    /** v1's query: active GOLD users who signed up on Jan 2 or later, on the ByTier index. */
    private static DynamoDBQueryExpression<V1User> v1ActiveGoldSinceJan2() {
        return new DynamoDBQueryExpression<V1User>()
                .withIndexName("ByTier")
                .withConsistentRead(false) // an index cannot read strongly; v1 asks for it by default
                .withKeyConditionExpression("Tier = :tier AND SignedUp >= :since")
                .withFilterExpression("Active = :yes")
                .withExpressionAttributeValues(Map.of(
                        ":tier", new com.amazonaws.services.dynamodbv2.model.AttributeValue("GOLD"),
                        ":since",
                                new com.amazonaws.services.dynamodbv2.model.AttributeValue("2024-01-02T00:00:00.000Z"),
                        ":yes", new com.amazonaws.services.dynamodbv2.model.AttributeValue().withN("1")));
    }

    @Test
    @DisplayName("DynamoDBQueryExpression = QueryConditional + Expression: the same users, from the same index")
    void query(LegacyV1 v1, DynamoDbClient client, Tables tables) {
        String table = MapperMigration.createTable(tables);
        seed(v1, client, table);

        List<String> byV1 = v1.mapper(table).query(V1User.class, v1ActiveGoldSinceJan2()).stream()
                .map(V1User::getUserId)
                .toList();
        List<String> byV2 =
                MapperQueries.activeSince(Stored.migrated(client, table), Tier.GOLD, JAN_1.plusSeconds(86_400)).stream()
                        .map(MigratedUser::getUserId)
                        .toList();

        assertThat(byV1).containsExactly("gold-1", "gold-2", "gold-3");
        assertThat(byV2).isEqualTo(byV1);
    }

    @Test
    @DisplayName("count() = Select.COUNT on the low-level client, summed over pages")
    void count(LegacyV1 v1, DynamoDbClient client, Tables tables) {
        String table = MapperMigration.createTable(tables);
        seed(v1, client, table);

        int byV1 = v1.mapper(table).count(V1User.class, v1ActiveGoldSinceJan2().withLimit(2)); // pages of 2
        int byV2 = MapperQueries.countActiveSince(client, table, Tier.GOLD, JAN_1.plusSeconds(86_400));

        assertThat(byV1).isEqualTo(3);
        assertThat(byV2).isEqualTo(byV1);
        assertThat(v1.sent(QueryRequest.class))
                .as("v1 adds up the pages' counts")
                .hasSizeGreaterThan(1)
                .allSatisfy(q -> assertThat(q.getSelect()).isEqualTo("COUNT"));
    }

    @Test
    @DisplayName("PaginatedQueryList keeps its pages, a PageIterable queries again on every loop")
    void pagination(LegacyV1 v1, DynamoDbClient client, Tables tables) {
        String table = MapperMigration.createTable(tables);
        seed(v1, client, table);
        v1.reset();

        PaginatedQueryList<V1User> legacy = v1.mapper(table)
                .query(
                        V1User.class,
                        new DynamoDBQueryExpression<V1User>()
                                .withIndexName("ByTier")
                                .withConsistentRead(false)
                                .withHashKeyValues(gold())
                                .withLimit(2)); // two items a page: five GOLD users, three pages
        int seen = 0;
        for (int loop = 0; loop < 2; loop++) {
            for (V1User ignored : legacy) {
                seen++;
            }
        }
        assertThat(seen).isEqualTo(10);
        assertThat(v1.sent(QueryRequest.class))
                .as("v1: three pages, fetched once")
                .hasSize(3);

        RecordingClient recording = RecordingClient.of(client);
        DynamoDbTable<MigratedUser> users = Stored.migrated(recording.client(), table);
        var pages = users.index("ByTier")
                .query(r -> r.queryConditional(QueryConditional.keyEqualTo(k -> k.partitionValue("GOLD")))
                        .limit(2));
        List<String> twice = new ArrayList<>();
        pages.forEach(page -> page.items().forEach(u -> twice.add(u.getUserId())));
        pages.forEach(page -> page.items().forEach(u -> twice.add(u.getUserId())));
        assertThat(twice).hasSize(10);
        assertThat(recording.requests(software.amazon.awssdk.services.dynamodb.model.QueryRequest.class))
                .as("v2: three pages, fetched on each loop")
                .hasSize(6);

        assertThat(MapperQueries.allOfTier(users, Tier.GOLD, 2))
                .extracting(MigratedUser::getUserId)
                .containsExactly("gold-0", "gold-1", "gold-2", "gold-3", "gold-4");
        assertThat(recording.requests(software.amazon.awssdk.services.dynamodb.model.QueryRequest.class))
                .hasSize(9);
    }

    private static V1User gold() {
        V1User user = new V1User();
        user.setTier(Tier.GOLD);
        return user;
    }

    @Test
    @DisplayName("reads: v1's load was eventually consistent but its table query strong; v2 asks for neither")
    void consistentReads(LegacyV1 v1, DynamoDbClient client, Tables tables) {
        String table = Stored.usersTable(tables);
        seed(v1, client, table);
        v1.reset();
        DynamoDBMapper mapper = v1.mapper(table);
        V1User key = new V1User();
        key.setUserId("gold-0");

        mapper.load(V1User.class, "gold-0");
        mapper.query(V1User.class, new DynamoDBQueryExpression<V1User>().withHashKeyValues(key))
                .size();
        RecordingClient recording = RecordingClient.of(client);
        DynamoDbTable<MigratedUser> users = Stored.migrated(recording.client(), table);
        users.getItem(Key.builder().partitionValue("gold-0").build());
        users.query(QueryConditional.keyEqualTo(k -> k.partitionValue("gold-0"))).items().stream()
                .count();

        assertThat(v1.sent(GetItemRequest.class))
                .singleElement()
                .satisfies(get -> assertThat(get.getConsistentRead()).isFalse());
        assertThat(v1.sent(QueryRequest.class))
                .singleElement()
                .satisfies(query -> assertThat(query.getConsistentRead()).isTrue());
        assertThat(recording.requests(software.amazon.awssdk.services.dynamodb.model.GetItemRequest.class))
                .singleElement()
                .satisfies(get -> assertThat(get.consistentRead()).isNull());
        assertThat(recording.requests(software.amazon.awssdk.services.dynamodb.model.QueryRequest.class))
                .singleElement()
                .satisfies(query -> assertThat(query.consistentRead()).isNull());
    }

    @Test
    @DisplayName("batchSave re-sends unprocessed items by itself; v2's batchWriteItem hands them back")
    void batchSave(LegacyV1 v1, DynamoDbBackend backend, DynamoDbClient client, Tables tables) {
        String table = Stored.usersTable(tables);
        List<V1User> thirty = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            V1User user = new V1User();
            user.setUserId(String.format("u%02d", i));
            thirty.add(user);
        }
        BatchWriteRetryStrategy noWait = new BatchWriteRetryStrategy() {
            @Override
            public int getMaxRetryOnUnprocessedItems(Map<String, List<WriteRequest>> batch) {
                return -1; // as the default: no limit
            }

            @Override
            public long getDelayBeforeRetryUnprocessedItems(Map<String, List<WriteRequest>> items, int retries) {
                return 0; // the default waits 1 to 1.2 s, doubling to 3 s: too slow for a test
            }
        };
        v1.leaveUnprocessed(1);

        assertThat(v1.mapper(table, c -> c.withBatchWriteRetryStrategy(noWait)).batchSave(thirty))
                .isEmpty();
        List<BatchWriteItemRequest> calls = v1.sent(BatchWriteItemRequest.class);
        assertThat(calls).extracting(c -> c.getRequestItems().get(table).size()).containsExactly(13, 12, 5);
        assertThat(client.scan(b -> b.tableName(table)).count()).isEqualTo(30);
        DefaultBatchWriteRetryStrategy defaults =
                (DefaultBatchWriteRetryStrategy) DynamoDBMapperConfig.DEFAULT.getBatchWriteRetryStrategy();
        assertThat(defaults.getMaxRetryOnUnprocessedItems(Map.of())).isEqualTo(-1);
        assertThat(defaults.getDelayBeforeRetryUnprocessedItems(Map.of(), 0)).isBetween(1_000L, 1_199L);
        assertThat(defaults.getDelayBeforeRetryUnprocessedItems(Map.of(), 1)).isBetween(2_000L, 2_398L);
        assertThat(defaults.getDelayBeforeRetryUnprocessedItems(Map.of(), 5)).isEqualTo(3_000L);

        assertThat(Stored.item(client, table, "u00"))
                .as("a batch neither checks nor sets the version")
                .doesNotContainKey("Version");

        String v2Table = Stored.usersTable(tables);
        List<MigratedUser> users = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            MigratedUser user = new MigratedUser();
            user.setUserId(String.format("u%02d", i));
            users.add(user);
        }
        DynamoDbEnhancedClient versioned = GeneratedTimestamps.stampingWith(client, Stored.CLOCK);
        assertThatThrownBy(() -> putInOneBatch(versioned, MapperMigration.users(versioned, v2Table), users))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(
                        "inserted a conditionExpression in a PutItem request as part of a BatchWriteItemRequest");
        UnprocessedItemsInjector faults = new UnprocessedItemsInjector("UserID", 1);
        try (DynamoDbClient disturbed = backend.newClient(b ->
                b.overrideConfiguration(o -> o.addExecutionInterceptor(faults).retryStrategy(RetryMode.STANDARD)))) {
            DynamoDbEnhancedClient enhanced = Stored.unversioned(disturbed);
            DynamoDbTable<MigratedUser> unversioned = MapperMigration.users(enhanced, v2Table);
            BatchWriteResult result = putInOneBatch(enhanced, unversioned, users);

            assertThat(faults.calls()).as("no retry by the SDK").isOne();
            assertThat(result.unprocessedPutItemsForTable(unversioned)).hasSize(12);
            assertThat(client.scan(b -> b.tableName(v2Table)).count()).isEqualTo(13);
            assertThat(Stored.item(client, v2Table, "u00"))
                    .doesNotContainKey("Version")
                    .containsEntry("UpdatedAt", s("2026-03-04T05:06:07.891Z"));
        }
    }

    /** One BatchWriteItem call through the Enhanced Client, as written before any retry loop. */
    private static BatchWriteResult putInOneBatch(
            DynamoDbEnhancedClient enhanced, DynamoDbTable<MigratedUser> table, List<MigratedUser> users) {
        WriteBatch.Builder<MigratedUser> batch =
                WriteBatch.builder(MigratedUser.class).mappedTableResource(table);
        users.forEach(batch::addPutItem);
        return enhanced.batchWriteItem(b -> b.addWriteBatch(batch.build()));
    }

    @Test
    @DisplayName("filter values need the converter: Active = N 1 finds legacy and migrated users, BOOL none")
    void filterValues(LegacyV1 v1, DynamoDbClient client, Tables tables) {
        String table = Stored.usersTable(tables);
        seed(v1, client, table);

        assertThat(client.scan(b -> b.tableName(table)
                                .filterExpression("Active = :yes")
                                .expressionAttributeValues(Map.of(":yes", n("1"))))
                        .count())
                .isEqualTo(5);
        assertThat(client.scan(b -> b.tableName(table)
                                .filterExpression("Active = :yes")
                                .expressionAttributeValues(Map.of(":yes", AttributeValue.fromBool(true))))
                        .count())
                .isZero();
        assertThat(Stored.item(client, table, "gold-1")).containsEntry("Tier", s("GOLD"));
    }
}
