package com.example.dynamodb.projects.iot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
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

    @Test
    @DisplayName("at most maxInFlight batches are sent at once, however many threads the caller's executor has")
    void boundsBatchesInFlight(DynamoDbClient client, Tables tables) {
        String table = TestTables.readingsWithoutTtl(tables);
        AtomicInteger sending = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch third = new CountDownLatch(3); // opens only if a third batch runs beside two others
        DynamoDbClient counting = (DynamoDbClient) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {DynamoDbClient.class}, (proxy, method, args) -> {
                    boolean batch = method.getName().equals("batchWriteItem");
                    if (batch) {
                        most.accumulateAndGet(sending.incrementAndGet(), Math::max);
                        third.countDown();
                        third.await(100, TimeUnit.MILLISECONDS); // time for a third batch to start, if let
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
        ExecutorService eight = Executors.newFixedThreadPool(8);
        try {
            ReadingIngest.ingest(
                    counting,
                    table,
                    FleetSimulator.readings(4, 25, START, Duration.ofMinutes(1)),
                    eight,
                    2,
                    ReadingIngest.Resend.STANDARD,
                    n -> {});
        } finally {
            eight.shutdown();
        }

        assertThat(most.get()).isBetween(1, 2);
        assertThat(stored(client, table)).isEqualTo(100);
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
