package com.example.dynamodb.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DeleteTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableResponse;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

@DynamoDbTest
class TablesTest {

    @Test
    @DisplayName("test names are unique, even for the same logical name")
    void uniqueNames(DynamoDbClient client) {
        try (Tables tables = new Tables(client, "", true)) {
            String first = tables.reserve("Orders");
            String second = tables.reserve("Orders");
            assertThat(first).startsWith("Orders-").isNotEqualTo(second);
            assertThat(tables.reserved()).containsExactly(first, second);
        }
    }

    @Test
    @DisplayName("a name that is taken by an existing table is never handed out")
    void skipsExistingTable(DynamoDbClient client) {
        try (Tables theirs = new Tables(client, "", false);
                Tables ours = new Tables(client, "", false)) {
            String existing = theirs.reserve("Shared");
            theirs.createAndWait(DynamoDbBackendTest.simpleTable(existing));

            String mine = ours.reserve("Shared");

            assertThat(existing).isEqualTo("Shared");
            assertThat(mine).isEqualTo("Shared-2");
        }
    }

    @Test
    @DisplayName("closing deletes the tables this run created and never a foreign table")
    void neverDeletesForeignTable(DynamoDbClient client) {
        String foreign = "Foreign-" + System.nanoTime();
        client.createTable(DynamoDbBackendTest.simpleTable(foreign));
        try {
            String mine;
            try (Tables tables = new Tables(client, "", true)) {
                mine = tables.reserve("Mine");
                tables.createAndWait(DynamoDbBackendTest.simpleTable(mine));
                assertThat(client.listTables().tableNames()).contains(foreign, mine);
            }
            assertThat(client.listTables().tableNames()).contains(foreign).doesNotContain(mine);
        } finally {
            client.deleteTable(b -> b.tableName(foreign));
        }
    }

    @Test
    @DisplayName("creating a table whose name was not reserved is refused")
    void refusesUnreservedName(DynamoDbClient client) {
        try (Tables tables = new Tables(client, "", true)) {
            assertThatThrownBy(() -> tables.createAndWait(DynamoDbBackendTest.simpleTable("Unreserved")))
                    .hasMessageContaining("not reserved");
        }
        assertThat(client.listTables().tableNames()).doesNotContain("Unreserved");
    }

    @Test
    @DisplayName("a logical name DynamoDB could not accept is rejected before any call")
    void rejectsBadLogicalName(DynamoDbClient client) {
        try (Tables tables = new Tables(client, "", true)) {
            assertThatThrownBy(() -> tables.reserve("my table!")).hasMessageContaining("only letters");
        }
    }

    @Test
    @DisplayName("a table of ours with deletion protection on is unprotected and deleted on close")
    void deletesProtectedTable(DynamoDbClient client) {
        String mine;
        try (Tables tables = new Tables(client, "", true)) {
            mine = tables.reserve("Protected");
            tables.createAndWait(DynamoDbBackendTest.simpleTable(mine).toBuilder()
                    .deletionProtectionEnabled(true)
                    .build());
            // DynamoDB Local enforces the protection, as the service does.
            assertThatThrownBy(() -> client.deleteTable(b -> b.tableName(mine)))
                    .isInstanceOf(DynamoDbException.class)
                    .hasMessageContaining("protected against deletion");
        }
        assertThat(client.listTables().tableNames()).doesNotContain(mine);
    }

    @Test
    @DisplayName("a protected table this run did not create keeps its protection and stays")
    void neverUnprotectsForeignTable(DynamoDbClient client) {
        String foreign = "ForeignProtected-" + System.nanoTime();
        client.createTable(DynamoDbBackendTest.simpleTable(foreign).toBuilder()
                .deletionProtectionEnabled(true)
                .build());
        try {
            try (Tables tables = new Tables(client, "", true)) {
                tables.createAndWait(DynamoDbBackendTest.simpleTable(tables.reserve("Mine")));
            }
            assertThat(client.describeTable(b -> b.tableName(foreign)).table().deletionProtectionEnabled())
                    .isTrue();
        } finally {
            client.updateTable(b -> b.tableName(foreign).deletionProtectionEnabled(false));
            client.deleteTable(b -> b.tableName(foreign));
        }
    }

    @Test
    @DisplayName("one failed delete does not stop the others; the failure names the table left behind")
    void oneFailureDoesNotStopTheRest(DynamoDbClient client) {
        DynamoDbClient failing = refusingToDelete(client, "B-");
        List<String> names;
        Tables tables = new Tables(failing, "", true);
        String a = tables.reserve("A");
        String b = tables.reserve("B");
        String c = tables.reserve("C");
        names = List.of(a, b, c);
        names.forEach(name -> tables.createAndWait(DynamoDbBackendTest.simpleTable(name)));
        try {
            assertThatThrownBy(tables::close)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Could not delete 1 table(s) this run created: [" + b + "]")
                    .hasRootCauseMessage("refused by the test: " + b);
            assertThat(client.listTables().tableNames()).contains(b).doesNotContain(a, c);
            assertThat(tables.reserved()).containsExactly(b);
        } finally {
            client.deleteTable(r -> r.tableName(b));
        }
    }

    @Test
    @DisplayName("several failed deletes: the first is thrown, the others are suppressed in it")
    void severalFailures(DynamoDbClient client) {
        DynamoDbClient failing = refusingToDelete(client, "X-");
        Tables tables = new Tables(failing, "", true);
        String x1 = tables.reserve("X");
        String x2 = tables.reserve("X");
        List.of(x1, x2).forEach(name -> tables.createAndWait(DynamoDbBackendTest.simpleTable(name)));
        try {
            assertThatThrownBy(tables::close)
                    .hasMessageContaining("Could not delete 2 table(s)")
                    .satisfies(e -> assertThat(e.getSuppressed())
                            .singleElement()
                            .satisfies(s -> assertThat(s).hasMessageStartingWith("refused by the test: X-")));
        } finally {
            List.of(x1, x2).forEach(name -> client.deleteTable(r -> r.tableName(name)));
        }
    }

    /** The real client, except that DeleteTable fails for names starting with {@code prefix}. */
    @Test
    @DisplayName("waiting for ACTIVE looks again after 50 ms, then twice as long each time, up to the SDK's 20 s")
    void waitPollsQuicklyThenBacksOff(DynamoDbClient client) {
        try (Tables tables = new Tables(client, "", true)) {
            String name = tables.reserve("Slow");
            // The engine answers CREATING to the first two looks, as dynalite or a busy engine may.
            AtomicInteger looks = new AtomicInteger();
            DynamoDbClient creating = (DynamoDbClient) Proxy.newProxyInstance(
                    DynamoDbClient.class.getClassLoader(),
                    new Class<?>[] {DynamoDbClient.class},
                    (proxy, method, args) -> {
                        Object answer;
                        try {
                            answer = method.invoke(client, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                        if (answer instanceof DescribeTableResponse described && looks.incrementAndGet() <= 2) {
                            return described.toBuilder()
                                    .table(described.table().toBuilder()
                                            .tableStatus(TableStatus.CREATING)
                                            .build())
                                    .build();
                        }
                        return answer;
                    });
            client.createTable(DynamoDbBackendTest.simpleTable(name));

            // Two pauses of 50 and 100 ms; with the SDK's fixed 20 s this would take 40 s.
            assertTimeoutPreemptively(
                    Duration.ofSeconds(10),
                    () -> Tables.waitUntilActive(creating, name),
                    "waitUntilActive paused like the SDK's default waiter (20 s a look)");

            assertThat(looks).hasValue(3);
        }
        // The waiter's pause after look n is the strategy's computeDelay(n + 2).
        BackoffStrategy backoff = Tables.POLLING.backoffStrategyV2().orElseThrow();
        assertThat(Stream.of(1, 2, 3, 9, 10, 39).map(look -> backoff.computeDelay(look + 2)))
                .containsExactly(
                        Duration.ofMillis(50),
                        Duration.ofMillis(100),
                        Duration.ofMillis(200),
                        Duration.ofMillis(12_800),
                        Duration.ofSeconds(20),
                        Duration.ofSeconds(20));
        assertThat(Tables.POLLING.maxAttempts()).hasValue(40);
    }

    private static DynamoDbClient refusingToDelete(DynamoDbClient real, String prefix) {
        return (DynamoDbClient) Proxy.newProxyInstance(
                DynamoDbClient.class.getClassLoader(), new Class<?>[] {DynamoDbClient.class}, (proxy, method, args) -> {
                    if (method.getName().equals("deleteTable")
                            && args[0] instanceof DeleteTableRequest request
                            && request.tableName().startsWith(prefix)) {
                        throw new IllegalStateException("refused by the test: " + request.tableName());
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
