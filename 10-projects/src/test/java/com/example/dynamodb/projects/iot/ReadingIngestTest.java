package com.example.dynamodb.projects.iot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.example.dynamodb.projects.TestTables;
import com.example.dynamodb.projects.TestTimes;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.RecordingClient;
import com.example.dynamodb.support.Tables;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

@DynamoDbTest
class ReadingIngestTest {

    // Tomorrow at 23:00: the readings cross midnight, and the 30-day TTL (real clock) leaves them alone.
    static final Instant START = TestTimes.tomorrowAt(23, 0);

    static final List<String> DEVICES =
            IntStream.range(0, 12).mapToObj(FleetSimulator::deviceId).toList();

    static long stored(DynamoDbClient client, String table) {
        LocalDate first = LocalDate.ofInstant(START, ZoneOffset.UTC);
        return ReadingIngest.countStored(client, table, DEVICES, first, first.plusDays(2));
    }

    /** The ingest on a pool of {@code threads} made for the test, with the corpus's re-send rule. */
    static ReadingIngest.Report ingest(
            DynamoDbClient client, String table, List<Reading> readings, int threads, IntConsumer progress) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            return ReadingIngest.ingest(
                    client, table, readings, pool, threads, ReadingIngest.Resend.STANDARD, progress);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    @DisplayName("parallel batched ingest sends 44 BatchWriteItems of at most 25 readings, each reading once;"
            + " the count read back equals the count sent")
    void ingestsEverything(DynamoDbClient client, Tables tables) {
        String table = TestTables.readingsWithoutTtl(tables);
        List<Reading> readings = FleetSimulator.readings(12, 90, START, Duration.ofMinutes(1)); // crosses midnight
        ConcurrentLinkedQueue<Integer> progress = new ConcurrentLinkedQueue<>();
        RecordingClient recorder = RecordingClient.of(client);

        ReadingIngest.Report report = ingest(recorder.client(), table, readings, 4, progress::add);

        List<BatchWriteItemRequest> sent = recorder.requests(BatchWriteItemRequest.class);
        assertThat(sent)
                .hasSize(1080 / 25 + 1)
                .allSatisfy(r -> assertThat(r.requestItems().get(table)).hasSizeBetween(1, 25));
        assertThat(sent.stream()
                        .flatMap(r -> r.requestItems().get(table).stream())
                        .map(WriteRequest::putRequest)
                        .map(p -> p.item().get("msgId").s()))
                .hasSize(1080)
                .doesNotHaveDuplicates();
        assertThat(report).isEqualTo(new ReadingIngest.Report(1080, 0));
        assertThat(stored(client, table)).isEqualTo(1080);
        assertThat(progress).hasSize(44).contains(1080).allMatch(n -> n > 0 && n <= 1080);
    }

    /**
     * A client whose first {@code hold} BatchWriteItems wait inside the call until {@code hold} are in
     * flight together and {@code caller} is parked (waiting for a batch to end); then {@code whenHeld}
     * runs once, and they go on to DynamoDB. No timing: each wait ends on a state, not a clock.
     */
    private static DynamoDbClient holding(
            DynamoDbClient client, int hold, Thread caller, AtomicInteger most, Runnable whenHeld) {
        AtomicInteger sending = new AtomicInteger();
        AtomicInteger arrived = new AtomicInteger();
        return (DynamoDbClient) Proxy.newProxyInstance(
                ReadingIngestTest.class.getClassLoader(),
                new Class<?>[] {DynamoDbClient.class},
                (proxy, method, args) -> {
                    boolean batch = method.getName().equals("batchWriteItem");
                    if (batch) {
                        most.accumulateAndGet(sending.incrementAndGet(), Math::max);
                        if (arrived.incrementAndGet() <= hold) {
                            await().atMost(Duration.ofSeconds(10))
                                    .until(() -> sending.get() == hold && caller.getState() == Thread.State.WAITING);
                            if (arrived.get() == hold && arrived.compareAndSet(hold, hold + 1)) {
                                whenHeld.run();
                            }
                        }
                    }
                    try {
                        return method.invoke(client, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    } finally {
                        if (batch) {
                            sending.decrementAndGet();
                        }
                    }
                });
    }

    @Test
    @DisplayName("exactly maxInFlight batches are sent at once: 2 in flight together, and the caller waits with"
            + " exactly 2 handed to its 8-thread executor")
    void boundsBatchesInFlight(DynamoDbClient client, Tables tables) {
        String table = TestTables.readingsWithoutTtl(tables);
        AtomicInteger handedOver = new AtomicInteger();
        AtomicInteger handedOverWhileHeld = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        DynamoDbClient held =
                holding(client, 2, Thread.currentThread(), most, () -> handedOverWhileHeld.set(handedOver.get()));
        ExecutorService eight = Executors.newFixedThreadPool(8);
        try {
            ReadingIngest.ingest(
                    held,
                    table,
                    FleetSimulator.readings(4, 25, START, Duration.ofMinutes(1)),
                    task -> {
                        handedOver.incrementAndGet();
                        eight.execute(task);
                    },
                    2,
                    ReadingIngest.Resend.STANDARD,
                    n -> {});
        } finally {
            eight.shutdown();
        }

        assertThat(most).hasValue(2);
        assertThat(handedOverWhileHeld)
                .as("batches handed over while the caller waited")
                .hasValue(2);
        assertThat(handedOver).hasValue(4);
        assertThat(stored(client, table)).isEqualTo(100);
    }

    @Test
    @DisplayName("when the executor refuses a batch, the ingest ends the batches it started, then throws with every"
            + " reading it never sent")
    void rejectedBatchIsSurfaced(DynamoDbClient client, Tables tables) {
        String table = TestTables.readingsWithoutTtl(tables);
        List<Reading> readings = FleetSimulator.readings(4, 25, START, Duration.ofMinutes(1)); // 4 batches
        ExecutorService pool = Executors.newFixedThreadPool(2);
        AtomicInteger accepted = new AtomicInteger();
        Executor twoThenFull = task -> {
            if (accepted.incrementAndGet() > 2) {
                throw new RejectedExecutionException("queue full");
            }
            pool.execute(task);
        };
        try {
            assertThatThrownBy(() -> ReadingIngest.ingest(
                            client, table, readings, twoThenFull, 4, ReadingIngest.Resend.STANDARD, n -> {}))
                    .isInstanceOfSatisfying(ReadingIngest.Stopped.class, stopped -> {
                        assertThat(stopped)
                                .hasMessage("ingest stopped after 50 of 100 readings: the executor refused a batch"
                                        + " (queue full); the 50 readings from index 50 on were not sent")
                                .hasCauseInstanceOf(RejectedExecutionException.class);
                        assertThat(stopped.notSent()).isEqualTo(readings.subList(50, 100));
                    });
        } finally {
            pool.shutdown();
        }
        assertThat(stored(client, table)).isEqualTo(50);
    }

    @Test
    @DisplayName("an interrupted ingest ends the batch in flight, keeps the caller's interrupt status, and throws"
            + " with every reading it never sent")
    void interruptIsSurfaced(DynamoDbClient client, Tables tables) {
        String table = TestTables.readingsWithoutTtl(tables);
        List<Reading> readings = FleetSimulator.readings(4, 25, START, Duration.ofMinutes(1)); // 4 batches
        Thread caller = Thread.currentThread();
        // The first batch waits until the caller is parked for a permit, interrupts it there, then goes on.
        DynamoDbClient held = holding(client, 1, caller, new AtomicInteger(), caller::interrupt);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        boolean interruptKept;
        try {
            assertThatThrownBy(() -> ReadingIngest.ingest(
                            held, table, readings, pool, 1, ReadingIngest.Resend.STANDARD, n -> {}))
                    .isInstanceOfSatisfying(ReadingIngest.Stopped.class, stopped -> {
                        assertThat(stopped)
                                .hasMessage("ingest interrupted after 25 of 100 readings; the 75 readings from index"
                                        + " 25 on were not sent")
                                .hasCauseInstanceOf(InterruptedException.class);
                        assertThat(stopped.notSent()).isEqualTo(readings.subList(25, 100));
                    });
        } finally {
            interruptKept = Thread.interrupted(); // clears it: the rest of the test talks to DynamoDB
            pool.shutdown();
        }
        assertThat(interruptKept).as("the caller's interrupt status").isTrue();
        assertThat(stored(client, table)).isEqualTo(25);
    }

    @Test
    @DisplayName("the re-send rule is the corpus's one: full jitter, 50 ms base, 5 s cap, 10 attempts per batch")
    void resendRule() {
        ReadingIngest.Resend standard = ReadingIngest.Resend.STANDARD;

        assertThat(standard).isEqualTo(new ReadingIngest.Resend(50, 5_000, 10));
        assertThat(IntStream.rangeClosed(1, 9).mapToLong(standard::ceiling))
                .containsExactly(50L, 100L, 200L, 400L, 800L, 1_600L, 3_200L, 5_000L, 5_000L);
        assertThatThrownBy(() -> new ReadingIngest.Resend(50, 10, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("need 0 <= base <= cap and at least one attempt");
    }

    @Test
    @DisplayName("the naive PutItem loop stores the same readings as the batched ingest")
    void naiveLoopStoresTheSame(DynamoDbClient client, Tables tables) {
        String naive = TestTables.readingsWithoutTtl(tables);
        String batched = TestTables.readingsWithoutTtl(tables);
        List<Reading> readings = FleetSimulator.readings(12, 5, START, Duration.ofMinutes(1));

        ReadingIngest.putOneByOne(client, naive, readings);
        ingest(client, batched, readings, 2, n -> {});

        for (String device : List.of("d-0000", "d-0007")) {
            assertThat(Readings.between(client, naive, device, START, START.plus(Duration.ofHours(1))))
                    .hasSize(5)
                    .isEqualTo(Readings.between(client, batched, device, START, START.plus(Duration.ofHours(1))));
        }
        assertThat(stored(client, naive)).isEqualTo(stored(client, batched)).isEqualTo(60);
    }

    @Test
    @DisplayName("the simulator is deterministic and gives every reading its own key")
    void simulatorIsDeterministic() {
        List<Reading> first = FleetSimulator.readings(30, 40, START, Duration.ofSeconds(30));
        List<Reading> second = FleetSimulator.readings(30, 40, START, Duration.ofSeconds(30));

        assertThat(first).isEqualTo(second).hasSize(1200);
        assertThat(first.stream().map(r -> r.deviceId() + "@" + r.at()).distinct())
                .hasSize(1200);
        assertThatThrownBy(() -> FleetSimulator.readings(0, 10, START, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
