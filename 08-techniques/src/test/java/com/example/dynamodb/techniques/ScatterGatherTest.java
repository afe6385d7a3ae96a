package com.example.dynamodb.techniques;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.dynamodb.support.BatchLoader;
import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.FaultInjector;
import com.example.dynamodb.support.RecordingClient;
import com.example.dynamodb.support.Tables;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/** SDK-built clients: the failed-shard test throttles a real Query attempt with the FaultInjector. */
@DynamoDbTest(sdkClient = true)
class ScatterGatherTest {

    private static final int SHARDS = 8;

    private ExecutorService executor;
    private final Set<String> readerThreads = ConcurrentHashMap.newKeySet();

    @BeforeEach
    void startExecutor() {
        AtomicInteger n = new AtomicInteger();
        executor = Executors.newFixedThreadPool(2, r -> new Thread(r, "shard-reader-" + n.incrementAndGet()));
    }

    @AfterEach
    void stopExecutor() {
        executor.shutdownNow();
    }

    /** Records every request, and the thread each was sent from. */
    private RecordingClient recorded(DynamoDbClient client) {
        return RecordingClient.of(client)
                .beforeEachRequest(
                        request -> readerThreads.add(Thread.currentThread().getName()));
    }

    private static String eventsTable(Tables tables) {
        String table = tables.reserve("Events");
        tables.createAndWait(SimpleTables.pkSk(table));
        return table;
    }

    private static List<String> shardKeys() {
        return IntStream.range(0, SHARDS)
                .mapToObj(shard -> WriteSharding.shardKey("2024-03-15", shard))
                .toList();
    }

    @Test
    @DisplayName(
            "the n newest events over all shards are exactly the n newest written: one query per shard, on the caller's executor")
    void latestAcrossShards(DynamoDbClient client, Tables tables) {
        String table = eventsTable(tables);
        List<Map<String, AttributeValue>> written =
                WriteSharding.writeEvents(client, table, "2024-03-15", SHARDS, 120, false);
        RecordingClient recorder = recorded(client);

        GatheredEvents latest = ScatterGather.latest(recorder.client(), table, "2024-03-15", SHARDS, 10, executor);

        List<String> expected = written.stream()
                .map(i -> i.get("sk").s())
                .sorted(Comparator.reverseOrder())
                .limit(10)
                .toList();
        assertThat(latest.items()).extracting(i -> i.get("sk").s()).containsExactlyElementsOf(expected);
        assertThat(latest.items().stream().map(i -> i.get("pk").s()).distinct())
                .as("they come from several shards")
                .hasSizeGreaterThan(1);
        List<QueryRequest> sent = recorder.requests(QueryRequest.class);
        assertThat(sent)
                .extracting(q -> q.expressionAttributeValues().get(":pk").s())
                .as("each shard queried exactly once")
                .containsExactlyInAnyOrderElementsOf(shardKeys());
        assertThat(sent).allSatisfy(q -> {
            assertThat(q.limit()).isEqualTo(10);
            assertThat(q.scanIndexForward()).isFalse();
        });
        assertThat(latest.queries()).isEqualTo(sent.size());
        assertThat(readerThreads)
                .as("sent from the executor's two threads")
                .isSubsetOf("shard-reader-1", "shard-reader-2");
    }

    @Test
    @DisplayName("a scatter-gather read costs one query per shard: 8 x 0.5 RCU against 0.5 for the same read unsharded")
    void readCost(DynamoDbClient client, Tables tables) {
        String table = eventsTable(tables);
        List<Map<String, AttributeValue>> written =
                WriteSharding.writeEvents(client, table, "2024-03-15", SHARDS, 80, false);
        BatchLoader.putAll(
                client,
                table,
                written.stream().map(ScatterGatherTest::unsharded).toList());
        RecordingClient recorder = recorded(client);

        GatheredEvents sharded = ScatterGather.latest(recorder.client(), table, "2024-03-15", SHARDS, 5, executor);
        GatheredEvents single = ScatterGather.latestOfOneKey(client, table, "EVENTS#2024-03-15", 5);

        assertThat(single.items())
                .extracting(i -> i.get("sk").s())
                .containsExactlyElementsOf(
                        sharded.items().stream().map(i -> i.get("sk").s()).toList());
        List<QueryResponse> answers = recorder.responses(QueryResponse.class);
        assertThat(answers).hasSize(SHARDS);
        assertThat(answers)
                .allSatisfy(r -> assertThat(r.consumedCapacity().capacityUnits())
                        .isEqualTo(0.5)); // 5 small items: one 4 KB unit, halved (eventually consistent)
        assertThat(sharded.readUnits()).isEqualTo(SHARDS * 0.5);
        assertThat(single.readUnits()).isEqualTo(0.5);
    }

    @Test
    @DisplayName("one throttled shard fails the read with the SDK's exception, after every shard's query has ended")
    void oneShardFails(DynamoDbBackend backend, Tables tables) {
        String table = eventsTable(tables);
        FaultInjector faults = new FaultInjector().inject("Query", FaultInjector.Fault.THROTTLE, 1);
        var noRetries = AwsRetryStrategy.standardRetryStrategy().toBuilder()
                .maxAttempts(1)
                .backoffStrategy(BackoffStrategy.fixedDelay(Duration.ofMillis(5)))
                .build();

        try (DynamoDbClient client = backend.newClient(b -> b.httpClientBuilder(faults.httpClientBuilder())
                .overrideConfiguration(o -> o.retryStrategy(noRetries)))) {
            assertThatThrownBy(() -> ScatterGather.latest(client, table, "2024-03-15", SHARDS, 5, executor))
                    .isInstanceOf(ProvisionedThroughputExceededException.class)
                    .satisfies(e -> assertThat(e.getSuppressed()).isEmpty());
        }
        assertThat(faults.attempts("Query"))
                .as("the other seven shards were still read")
                .isEqualTo(SHARDS);
    }

    @Test
    @DisplayName("when every shard fails, the caller gets the first one's exception with the others attached")
    void everyShardFails(DynamoDbClient client) {
        RecordingClient recorder = recorded(client);

        assertThatThrownBy(
                        () -> ScatterGather.latest(recorder.client(), "NoSuchTable", "2024-03-15", SHARDS, 5, executor))
                .isInstanceOf(ResourceNotFoundException.class)
                .satisfies(e -> assertThat(e.getSuppressed())
                        .hasSize(SHARDS - 1)
                        .allSatisfy(s -> assertThat(s).isInstanceOf(ResourceNotFoundException.class)));
        assertThat(recorder.requests(QueryRequest.class)).hasSize(SHARDS);
    }

    @Test
    @DisplayName("more than 100 shards, or n outside 1 to 1000, is refused before any query is sent")
    void boundedFanOut(DynamoDbClient client) {
        RecordingClient recorder = recorded(client);

        assertThatThrownBy(() -> ScatterGather.latest(recorder.client(), "Events", "2024-03-15", 101, 5, executor))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("shards must be 1 to 100 and n 1 to 1000, got 101 and 5");
        assertThatThrownBy(() -> ScatterGather.latest(recorder.client(), "Events", "2024-03-15", 8, 0, executor))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(recorder.calls()).isEmpty();
    }

    private static Map<String, AttributeValue> unsharded(Map<String, AttributeValue> event) {
        Map<String, AttributeValue> copy = new HashMap<>(event);
        copy.put("pk", AttributeValue.fromS("EVENTS#2024-03-15"));
        return copy;
    }
}
