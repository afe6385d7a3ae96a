package com.example.dynamodb.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.example.dynamodb.errors.HotKeySampler.HotKey;
import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.FaultInjector;
import com.example.dynamodb.support.FaultInjector.Fault;
import com.example.dynamodb.support.Tables;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@DynamoDbTest(sdkClient = true)
class HotKeySamplerTest {

    /** Sends {@code requests} GetItems, every other one (seeded) to "hot", the rest spread over 20 keys. */
    private static void skewedReads(DynamoDbClient client, String table, int requests) {
        Random workload = new Random(42);
        for (int i = 0; i < requests; i++) {
            String key = workload.nextBoolean() ? "hot" : "k" + workload.nextInt(20);
            client.getItem(b -> b.tableName(table).key(Map.of(AccountsTable.PK, AttributeValue.fromS(key))));
        }
    }

    @Test
    @DisplayName("sampling every request counts each key exactly, the hot one first with its share")
    void countsEveryRequest(DynamoDbBackend backend, Tables tables) {
        String table = AccountsTable.create(tables, "Accounts");
        HotKeySampler sampler = new HotKeySampler(AccountsTable.PK, 1, new Random(1));

        try (DynamoDbClient client =
                backend.newClient(b -> b.overrideConfiguration(o -> o.addExecutionInterceptor(sampler)))) {
            skewedReads(client, table, 60);
        }

        Random replay = new Random(42); // the same draws as the workload: how many went to "hot"
        long expectedHot = 0;
        for (int i = 0; i < 60; i++) {
            if (replay.nextBoolean()) {
                expectedHot++;
            } else {
                replay.nextInt(20);
            }
        }
        List<HotKey> hottest = sampler.hottest(3);
        assertThat(sampler.sampled()).isEqualTo(60);
        assertThat(hottest.get(0).key()).isEqualTo("hot");
        assertThat(hottest.get(0).requests()).isEqualTo(expectedHot);
        assertThat(hottest.get(0).share()).isEqualTo(expectedHot / 60.0);
        assertThat(hottest.get(0).attempts()).isEqualTo(expectedHot); // nothing was retried
        assertThat(hottest.get(1).requests()).isLessThan(hottest.get(0).requests() / 4);
    }

    @Test
    @DisplayName("sampling one request in 4 keeps exactly the requests its seeded draws pick, and finds the hot key")
    void samplesOneInFour(DynamoDbBackend backend, Tables tables) {
        String table = AccountsTable.create(tables, "Accounts");
        HotKeySampler sampler = new HotKeySampler(AccountsTable.PK, 4, new Random(3));

        try (DynamoDbClient client =
                backend.newClient(b -> b.overrideConfiguration(o -> o.addExecutionInterceptor(sampler)))) {
            skewedReads(client, table, 80);
        }

        // Replay both seeds: the workload's keys, and the sampler's one draw in [0, 4) per request.
        Random workload = new Random(42);
        Random draws = new Random(3);
        long sampled = 0;
        long hotSampled = 0;
        for (int i = 0; i < 80; i++) {
            boolean hot = workload.nextBoolean();
            if (!hot) {
                workload.nextInt(20);
            }
            if (draws.nextInt(4) == 0) {
                sampled++;
                hotSampled += hot ? 1 : 0;
            }
        }
        assertThat(sampler.sampled()).isEqualTo(sampled);
        HotKey hottest = sampler.hottest(1).get(0);
        assertThat(hottest.key()).isEqualTo("hot");
        assertThat(hottest.requests()).isEqualTo(hotSampled);
        assertThat(hottest.share()).isEqualTo((double) hotSampled / sampled);
    }

    @Test
    @DisplayName("attempts per key point at the throttled key: its one request took three attempts")
    void attemptsRevealThrottledKey(DynamoDbBackend backend, Tables tables) {
        String table = AccountsTable.create(tables, "Accounts");
        HotKeySampler sampler = new HotKeySampler(AccountsTable.PK, 1, new Random(1));
        FaultInjector faults = new FaultInjector().inject("UpdateItem", Fault.THROTTLE, 2);

        try (DynamoDbClient client = backend.newClient(b -> b.httpClientBuilder(faults.httpClientBuilder())
                .overrideConfiguration(
                        o -> o.addExecutionInterceptor(sampler).retryStrategy(FastRetries.standard(3))))) {
            ErrorHandling.deposit(client, table, "throttled", 1); // takes both throttles
            ErrorHandling.deposit(client, table, "calm", 1);
        }

        assertThat(sampler.hottest(2))
                .extracting(HotKey::key, HotKey::requests, HotKey::attempts)
                .containsExactlyInAnyOrder(tuple("throttled", 1L, 3L), tuple("calm", 1L, 1L));
    }

    @Test
    @DisplayName("queries are not sampled, and a sampling rate below 1 is refused")
    void limits(DynamoDbBackend backend, Tables tables) {
        String table = AccountsTable.create(tables, "Accounts");
        HotKeySampler sampler = new HotKeySampler(AccountsTable.PK, 1, new Random(1));

        try (DynamoDbClient client =
                backend.newClient(b -> b.overrideConfiguration(o -> o.addExecutionInterceptor(sampler)))) {
            client.query(b -> b.tableName(table)
                    .keyConditionExpression("accountId = :a")
                    .expressionAttributeValues(Map.of(":a", AttributeValue.fromS("hot"))));
        }

        assertThat(sampler.sampled()).isZero();
        assertThatThrownBy(() -> new HotKeySampler(AccountsTable.PK, 0, new Random()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Sample one request in 1 or more, not 0");
    }
}
