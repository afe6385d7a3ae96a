package com.example.dynamodb.errors.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/**
 * The extension's own promises, each proven by running small test classes through JUnit itself
 * ({@link EngineTestKit}): a fresh table per test from the repository's definition, tables deleted
 * when their tests end, the engine stopped when the run ends, and tests in parallel on one engine.
 */
class LocalDynamoDbTest {

    @RegisterExtension
    static final LocalDynamoDb<Ledger> DYNAMODB = new LocalDynamoDb<>(Ledger.class, Ledger::definition, Ledger::new);

    @Test
    @DisplayName("a test gets an empty table of its own, made from the repository's definition")
    void aTableFromTheDefinition(Ledger ledger, DynamoDbClient client) {
        TableDescription table =
                client.describeTable(b -> b.tableName(ledger.table())).table();

        assertThat(table.keySchema())
                .containsExactlyElementsOf(Ledger.definition("any").keySchema())
                .extracting(KeySchemaElement::attributeName)
                .containsExactly("accountId", "postedAt");
        assertThat(client.scan(b -> b.tableName(ledger.table())).count()).isZero();
    }

    /** One run of both small classes, in parallel mode, on an engine of its own: the two tests below read it. */
    private static Events events;

    @BeforeAll
    static void runTheSmallClassesOnce() {
        events = EngineTestKit.engine("junit-jupiter")
                .configurationParameter("junit.jupiter.execution.parallel.enabled", "true")
                .configurationParameter("junit.jupiter.execution.parallel.mode.default", "concurrent")
                // One class after the other (a class's @AfterAll lists what is left on the engine); AllAtOnce's tests
                // at once.
                .configurationParameter("junit.jupiter.execution.parallel.mode.classes.default", "same_thread")
                .configurationParameter("junit.jupiter.execution.parallel.config.strategy", "fixed")
                .configurationParameter("junit.jupiter.execution.parallel.config.fixed.parallelism", "4")
                .selectors(selectClass(OneAfterAnother.class), selectClass(AllAtOnce.class))
                .execute()
                .testEvents();
    }

    @Test
    @DisplayName("each test's table is deleted when it ends, and the engine stops when the run ends")
    void cleansUpAfterItself(Ledger ledger) {
        events.assertStatistics(s -> s.started(6).succeeded(6));

        assertThat(OneAfterAnother.tables).hasSize(2).doesNotHaveDuplicates();
        assertThat(OneAfterAnother.leftWhenTheClassEnded).isEmpty();
        // That run had an engine of its own, beside this one, and a database of its own: it never saw this test's
        // table.
        assertThat(OneAfterAnother.listedByItsEngine).singleElement().isIn(OneAfterAnother.tables);
        assertThat(ledger.table()).isNotIn(OneAfterAnother.listedByItsEngine);
        // The run is over: nothing answers where its engine was.
        try (DynamoDbClient afterTheRun = OneAfterAnother.engine
                .overrideConfiguration(
                        o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()).apiCallTimeout(Duration.ofSeconds(5)))
                .build()) {
            assertThat(catchThrowable(afterTheRun::listTables)).isInstanceOf(SdkClientException.class);
        }
    }

    @Test
    @DisplayName("four tests at once on one engine: each sees only its own table")
    void parallelTestsShareOnlyTheEngine() {
        events.assertStatistics(s -> s.started(6).succeeded(6));

        // Four tables, four threads, each test reading back exactly the entry it wrote.
        assertThat(AllAtOnce.seen).hasSize(4);
        assertThat(AllAtOnce.seen.values()).extracting(Seen::thread).doesNotHaveDuplicates();
        assertThat(AllAtOnce.seen.values())
                .allSatisfy(s -> assertThat(s.entries()).containsExactly(s.wrote()));
    }

    /** Run by {@link #runTheSmallClassesOnce}: two tests, one after the other. */
    @Execution(ExecutionMode.SAME_THREAD)
    static class OneAfterAnother {
        @RegisterExtension
        static final LocalDynamoDb<Ledger> DYNAMODB =
                new LocalDynamoDb<>(Ledger.class, Ledger::definition, Ledger::new);

        static final List<String> tables = new CopyOnWriteArrayList<>();
        static final List<String> leftWhenTheClassEnded = new CopyOnWriteArrayList<>();
        static final List<String> listedByItsEngine = new CopyOnWriteArrayList<>();
        static DynamoDbClientBuilder engine;

        @Test
        void first(Ledger ledger, DynamoDbClientBuilder builder, DynamoDbClient client) {
            tables.add(ledger.table());
            listedByItsEngine.addAll(client.listTables().tableNames());
            engine = builder;
        }

        @Test
        void second(Ledger ledger) {
            tables.add(ledger.table());
        }

        @AfterAll
        static void listWhatIsLeft(DynamoDbClient client) {
            leftWhenTheClassEnded.addAll(client.listTables().tableNames());
        }
    }

    record Seen(String thread, Ledger.Entry wrote, List<Ledger.Entry> entries) {}

    /** Run by {@link #runTheSmallClassesOnce}: four tests, held until all four are running. */
    static class AllAtOnce {
        @RegisterExtension
        static final LocalDynamoDb<Ledger> DYNAMODB =
                new LocalDynamoDb<>(Ledger.class, Ledger::definition, Ledger::new);

        static final Map<String, Seen> seen = new ConcurrentHashMap<>();
        private static final CyclicBarrier ALL_FOUR = new CyclicBarrier(4);

        private static void writeWaitRead(Ledger ledger, long amount) throws Exception {
            Ledger.Entry entry = new Ledger.Entry("alice", Instant.parse("2026-03-01T12:00:00Z"), amount);
            ledger.record(entry);
            // Only when all four tests hold a table of their own does any of them read: a guard, not a wait.
            ALL_FOUR.await(30, TimeUnit.SECONDS);
            seen.put(
                    ledger.table(),
                    new Seen(Thread.currentThread().getName(), entry, ledger.entriesSince("alice", Instant.EPOCH)));
        }

        @Test
        void one(Ledger ledger) throws Exception {
            writeWaitRead(ledger, 1);
        }

        @Test
        void two(Ledger ledger) throws Exception {
            writeWaitRead(ledger, 2);
        }

        @Test
        void three(Ledger ledger) throws Exception {
            writeWaitRead(ledger, 3);
        }

        @Test
        void four(Ledger ledger) throws Exception {
            writeWaitRead(ledger, 4);
        }
    }
}
