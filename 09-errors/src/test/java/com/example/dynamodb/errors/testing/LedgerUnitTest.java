package com.example.dynamodb.errors.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * Unit tests of {@link Ledger} with a scripted client: no engine, no network, nothing to start. They
 * prove what the repository decides (a duplicate is an answer, a throttle is not its business, bad
 * input never leaves the JVM) and what it sends; not whether DynamoDB would accept it.
 */
class LedgerUnitTest {

    // tag::unit-record[]
    private static final Instant NOON = Instant.parse("2026-03-01T12:00:00Z");

    @Test
    @DisplayName("record sends one put, conditional on the entry not being there yet")
    void recordSendsOneConditionalPut() {
        ScriptedDynamoDbClient client =
                new ScriptedDynamoDbClient().answer(PutItemResponse.builder().build());

        Ledger.Recorded outcome = new Ledger(client, "Ledger").record(new Ledger.Entry("alice", NOON, 25));

        assertThat(outcome).isEqualTo(Ledger.Recorded.RECORDED);
        assertThat(client.requests()).singleElement().isInstanceOfSatisfying(PutItemRequest.class, put -> {
            assertThat(put.item())
                    .containsEntry("accountId", AttributeValue.fromS("alice"))
                    .containsEntry("postedAt", AttributeValue.fromN(Long.toString(NOON.toEpochMilli())))
                    .containsEntry("amount", AttributeValue.fromN("25"));
            assertThat(put.conditionExpression()).isEqualTo("attribute_not_exists(accountId)");
        });
    }

    @Test
    @DisplayName("a ConditionalCheckFailedException is ALREADY_RECORDED: an answer, not an error")
    void aDuplicateIsAnAnswer() {
        ScriptedDynamoDbClient client = new ScriptedDynamoDbClient()
                .answer(ConditionalCheckFailedException.builder()
                        .message("The conditional request failed")
                        .build());

        assertThat(new Ledger(client, "Ledger").record(new Ledger.Entry("alice", NOON, 25)))
                .isEqualTo(Ledger.Recorded.ALREADY_RECORDED);
    }
    // end::unit-record[]

    @Test
    @DisplayName("a throttle that outlasted the SDK's retries reaches the caller, after one request")
    void aThrottleIsNotTheRepositorysBusiness() {
        ProvisionedThroughputExceededException throttle = ProvisionedThroughputExceededException.builder()
                .message("throughput exceeded")
                .statusCode(400)
                .build();
        ScriptedDynamoDbClient client = new ScriptedDynamoDbClient().answer(throttle);

        assertThatThrownBy(() -> new Ledger(client, "Ledger").record(new Ledger.Entry("alice", NOON, 25)))
                .isSameAs(throttle);
        assertThat(client.requests()).hasSize(1); // retrying is the SDK's job: no loop on top of it
    }

    @Test
    @DisplayName("an entry without an account is refused in a sentence, and nothing is sent")
    void badInputNeverLeavesTheJvm() {
        ScriptedDynamoDbClient client = new ScriptedDynamoDbClient();

        assertThatThrownBy(() -> new Ledger(client, "Ledger").record(new Ledger.Entry(" ", NOON, 25)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("An entry needs an account id, got ' '");
        assertThat(client.requests()).isEmpty();
    }

    @Test
    @DisplayName("a request the double was not written for fails loudly, instead of answering null")
    void anUnexpectedRequestFailsLoudly() {
        ScriptedDynamoDbClient client = new ScriptedDynamoDbClient();

        assertThatThrownBy(() -> client.getItem(b -> b.tableName("Ledger")))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> client.query(b -> b.tableName("Ledger")))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("Nothing was scripted where a QueryResponse answers this request");
    }

    // tag::unit-query[]
    private static final Instant SINCE = Instant.parse("2026-03-01T12:00:00Z");

    /** Two pages of entries, the way DynamoDB splits a long answer: the first ends with a LastEvaluatedKey. */
    static ScriptedDynamoDbClient twoPagesOfEntries() {
        Map<String, AttributeValue> first = Map.of(
                "accountId", AttributeValue.fromS("alice"),
                "postedAt", AttributeValue.fromN(Long.toString(SINCE.toEpochMilli())),
                "amount", AttributeValue.fromN("25"));
        Map<String, AttributeValue> second = Map.of(
                "accountId", AttributeValue.fromS("alice"),
                "postedAt",
                        AttributeValue.fromN(Long.toString(SINCE.plusSeconds(60).toEpochMilli())),
                "amount", AttributeValue.fromN("-10"));
        return new ScriptedDynamoDbClient()
                .answer(
                        QueryResponse.builder()
                                .items(first)
                                .lastEvaluatedKey(first)
                                .build(),
                        QueryResponse.builder().items(second).build());
    }

    /** The unit test of the query, for any version of it: every page read, each entry mapped, alice asked for. */
    static void readsEveryPage(Function<DynamoDbClient, List<Ledger.Entry>> entriesSince) {
        ScriptedDynamoDbClient client = twoPagesOfEntries();

        List<Ledger.Entry> entries = entriesSince.apply(client);

        assertThat(entries)
                .containsExactly(
                        new Ledger.Entry("alice", SINCE, 25), new Ledger.Entry("alice", SINCE.plusSeconds(60), -10));
        assertThat(client.requests())
                .hasSize(2)
                .allSatisfy(request -> assertThat(request)
                        .isInstanceOfSatisfying(
                                QueryRequest.class,
                                query -> assertThat(query.expressionAttributeValues())
                                        .containsEntry(":account", AttributeValue.fromS("alice"))));
        assertThat(((QueryRequest) client.requests().get(1)).exclusiveStartKey())
                .isNotEmpty(); // the second page starts where the first ended
    }
    // end::unit-query[]

    @Test
    @DisplayName("entriesSince reads every page and maps each entry")
    void entriesSinceReadsEveryPage() {
        readsEveryPage(client -> new Ledger(client, "Ledger").entriesSince("alice", SINCE));
    }

    @Test
    @DisplayName("the same unit test passes on the version whose key condition names accountID: it cannot see the bug")
    void theUnitTestMissesTheTypo() {
        readsEveryPage(client -> LedgerWithTypo.entriesSince(client, "Ledger", "alice", SINCE));
    }
}
