package com.example.dynamodb.errors.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * The same repository on DynamoDB Local inside the test JVM ({@link LocalDynamoDb}): a table made
 * from {@link Ledger#definition}, so the engine checks every key condition and condition
 * expression against the real key schema. This is where the typo the unit test missed shows.
 */
class LedgerEngineTest {

    @RegisterExtension
    static final LocalDynamoDb<Ledger> DYNAMODB = new LocalDynamoDb<>(Ledger.class, Ledger::definition, Ledger::new);

    // tag::engine-query[]
    /** The engine test of the query, for any version of it: the entries from {@code since} on, oldest first. */
    static void findsTheEntriesSince(Ledger ledger, BiFunction<String, Instant, List<Ledger.Entry>> entriesSince) {
        Instant since = Instant.parse("2026-03-01T12:00:00Z");
        Ledger.Entry before = new Ledger.Entry("alice", since.minusMillis(1), 5);
        Ledger.Entry at = new Ledger.Entry("alice", since, 25);
        Ledger.Entry after = new Ledger.Entry("alice", since.plusSeconds(60), -10);
        Ledger.Entry someoneElse = new Ledger.Entry("bob", since.plusSeconds(30), 7);
        for (Ledger.Entry entry : List.of(after, someoneElse, at, before)) {
            ledger.record(entry);
        }

        assertThat(entriesSince.apply("alice", since)).containsExactly(at, after);
    }
    // end::engine-query[]

    @Test
    @DisplayName("entriesSince returns the account's entries from that instant on, oldest first")
    void findsTheEntriesSince(Ledger ledger) {
        findsTheEntriesSince(ledger, ledger::entriesSince);
    }

    @Test
    @DisplayName("the same engine test fails on the version whose key condition names accountID")
    void theEngineTestCatchesTheTypo(Ledger ledger, DynamoDbClient client) {
        assertThatThrownBy(() -> findsTheEntriesSince(
                        ledger,
                        (account, since) -> LedgerWithTypo.entriesSince(client, ledger.table(), account, since)))
                .isInstanceOfSatisfying(DynamoDbException.class, e -> {
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
                    assertThat(e.awsErrorDetails().errorMessage())
                            .isEqualTo("Query condition missed key schema element");
                });
    }

    // tag::engine-record[]
    @Test
    @DisplayName("recording an entry twice stores it once: the second time, DynamoDB refuses the condition")
    void recordingTwiceStoresOnce(Ledger ledger) {
        Ledger.Entry entry = new Ledger.Entry("alice", Instant.parse("2026-03-01T12:00:00Z"), 25);

        assertThat(ledger.record(entry)).isEqualTo(Ledger.Recorded.RECORDED);
        assertThat(ledger.record(entry)).isEqualTo(Ledger.Recorded.ALREADY_RECORDED);
        assertThat(ledger.entriesSince("alice", Instant.EPOCH)).containsExactly(entry);
    }
    // end::engine-record[]

    @Test
    @Tag("local-differs") // DynamoDB bills 2 write units per transactional item up to 1 KB: 4.0 (LedgerOnAwsTest)
    @DisplayName("DynamoDB Local reports 2.0 write units for a transaction of two small puts, half what DynamoDB bills")
    void localReportsHalfTheTransactionUnits(Ledger ledger, DynamoDbClient client) {
        TransactWriteItem first = TransactWriteItem.builder()
                .put(p -> p.tableName(ledger.table()).item(item("bob", 1)))
                .build();
        TransactWriteItem second = TransactWriteItem.builder()
                .put(p -> p.tableName(ledger.table()).item(item("bob", 2)))
                .build();

        double units = client.transactWriteItems(
                        b -> b.transactItems(first, second).returnConsumedCapacity(ReturnConsumedCapacity.TOTAL))
                .consumedCapacity()
                .get(0)
                .capacityUnits();

        assertThat(units).isEqualTo(2.0);
    }

    private static Map<String, AttributeValue> item(String accountId, long millis) {
        return Map.of(
                "accountId", AttributeValue.fromS(accountId),
                "postedAt", AttributeValue.fromN(Long.toString(millis)),
                "amount", AttributeValue.fromN("1"));
    }
}
