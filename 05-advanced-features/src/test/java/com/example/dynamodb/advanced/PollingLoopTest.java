package com.example.dynamodb.advanced;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.MutableClock;
import com.example.dynamodb.support.Tables;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/** The loop on a real stream (DynamoDB Local), with time that passes only when the loop waits. */
@DynamoDbTest
@Tag("streams") // the loop polls a real stream
class PollingLoopTest {

    /** A clock that stands still until the sleeper moves it: each wait is recorded, none is slept. */
    private static final class FakeTime {
        final MutableClock clock = new MutableClock(Instant.now());
        final List<Long> waitsMillis = new ArrayList<>();
        Runnable onWait = () -> {};

        void sleep(Duration duration) {
            waitsMillis.add(duration.toMillis());
            clock.advance(duration);
            onWait.run();
        }
    }

    private String table;
    private StreamPoller poller;

    private void ordersStream(DynamoDbClient client, DynamoDbStreamsClient streams, Tables tables) {
        table = tables.reserve("Orders");
        tables.createAndWait(OrdersTable.definition(table, StreamViewType.KEYS_ONLY));
        String arn = client.describeTable(b -> b.tableName(table)).table().latestStreamArn();
        poller = new StreamPoller(streams, arn, new InMemoryCheckpoints(), ShardIteratorType.TRIM_HORIZON, 100);
    }

    private void put(DynamoDbClient client, String orderId) {
        client.putItem(b -> b.tableName(table).item(OrdersTable.order("c1", orderId, "1")));
    }

    @Test
    @DisplayName("after an empty poll it waits 250 ms, doubling to 4 s; records reset the wait; the last wait ends"
            + " on time")
    void backsOffWhileQuiet(DynamoDbClient client, DynamoDbStreamsClient streams, Tables tables) {
        ordersStream(client, streams, tables);
        put(client, "o1");
        put(client, "o2");
        put(client, "o3");
        FakeTime time = new FakeTime();
        time.onWait = () -> {
            if (time.waitsMillis.size() == 3) {
                put(client, "o4"); // an order arrives during the third wait
            }
        };
        List<String> seen = new ArrayList<>();

        int handled = new PollingLoop(poller, time.clock, time::sleep)
                .runFor(Duration.ofSeconds(10), (shard, records) -> {
                    records.forEach(
                            r -> seen.add(r.dynamodb().keys().get("orderId").s()));
                    return records.size();
                });

        assertThat(handled).isEqualTo(4);
        assertThat(seen).containsExactly("o1", "o2", "o3", "o4");
        // 0.25 + 0.5 + 1 s, o4, then 0.25 + 0.5 + 1 + 2 + 4 s = 9.5 s: the last wait stops at 10 s.
        assertThat(time.waitsMillis).containsExactly(250L, 500L, 1000L, 250L, 500L, 1000L, 2000L, 4000L, 500L);
    }

    @Test
    @DisplayName("an interrupted wait ends the loop at once, with the thread's interrupt status kept")
    void stopsWhenInterrupted(DynamoDbClient client, DynamoDbStreamsClient streams, Tables tables) {
        ordersStream(client, streams, tables);
        put(client, "o1");
        List<Duration> waits = new ArrayList<>();

        int handled = new PollingLoop(poller, Clock.systemUTC(), d -> {
                    waits.add(d);
                    throw new InterruptedException("shutting down");
                })
                .runFor(Duration.ofHours(1), (shard, records) -> records.size());

        assertThat(Thread.interrupted()).isTrue(); // also clears it for the next test
        assertThat(handled).isOne();
        assertThat(waits).containsExactly(PollingLoop.FIRST_IDLE_WAIT);
    }

    @Test
    @DisplayName("an exception from a poll ends the loop and reaches the caller; what was handled before it is"
            + " checkpointed, and a new loop on the same checkpoints resumes right after it")
    void exceptionEndsTheLoop(DynamoDbClient client, DynamoDbStreamsClient streams, Tables tables) {
        ordersStream(client, streams, tables);
        put(client, "o1");
        put(client, "o2");
        put(client, "o3");
        String arn = client.describeTable(b -> b.tableName(table)).table().latestStreamArn();
        InMemoryCheckpoints checkpoints = new InMemoryCheckpoints();
        List<String> seen = new ArrayList<>();
        BatchHandler failsOnO2 = (shard, records) -> { // batches of one record
            String orderId = records.get(0).dynamodb().keys().get("orderId").s();
            if (orderId.equals("o2")) {
                throw new IllegalStateException("the handler's database is down");
            }
            seen.add(orderId);
            return 1;
        };
        FakeTime time = new FakeTime();

        assertThatThrownBy(() -> new PollingLoop(
                                new StreamPoller(streams, arn, checkpoints, ShardIteratorType.TRIM_HORIZON, 1),
                                time.clock,
                                time::sleep)
                        .runFor(Duration.ofSeconds(10), failsOnO2))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the handler's database is down");
        assertThat(seen).containsExactly("o1");
        assertThat(time.waitsMillis).as("it ended at once, without a wait").isEmpty();

        int handled = new PollingLoop(
                        new StreamPoller(streams, arn, checkpoints, ShardIteratorType.TRIM_HORIZON, 1),
                        time.clock,
                        time::sleep)
                .runFor(Duration.ofSeconds(1), (shard, records) -> {
                    records.forEach(
                            r -> seen.add(r.dynamodb().keys().get("orderId").s()));
                    return records.size();
                });

        assertThat(handled).isEqualTo(2);
        assertThat(seen).containsExactly("o1", "o2", "o3");
    }
}
