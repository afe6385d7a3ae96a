package com.example.dynamodb.crud.exercises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.RecordingClient;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.UnprocessedItemsInjector;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Exercise 03.1: what "done" means for {@link BatchWriter}. DynamoDB Local never leaves items
 * unprocessed, so the tests use an SDK client with {@link UnprocessedItemsInjector}: it withholds
 * every second write of the first calls, hands those back in {@code UnprocessedItems}, and counts
 * how often each item really reached the server.
 */
@DynamoDbTest(sdkClient = true)
@DisplayName("Exercise 03.1 Batch writes that lose nothing")
class BatchWriterTest {

    private String table;

    @BeforeEach
    void createTable(Tables tables) {
        table = tables.reserve("Items");
        tables.createAndWait(CreateTableRequest.builder()
                .tableName(table)
                .attributeDefinitions(AttributeDefinition.builder()
                        .attributeName("id")
                        .attributeType(ScalarAttributeType.S)
                        .build())
                .keySchema(KeySchemaElement.builder()
                        .attributeName("id")
                        .keyType(KeyType.HASH)
                        .build())
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .build());
    }

    private static List<Map<String, AttributeValue>> items(int count) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            items.add(Map.of(
                    "id", AttributeValue.fromS(String.format("item-%03d", i)),
                    "payload", AttributeValue.fromS("x".repeat(20))));
        }
        return items;
    }

    private static DynamoDbClient clientWith(DynamoDbBackend backend, UnprocessedItemsInjector injector) {
        return backend.newClient(b ->
                b.overrideConfiguration(o -> o.addExecutionInterceptor(injector).retryStrategy(RetryMode.STANDARD)));
    }

    private int itemsIn(DynamoDbClient client) {
        return client.scanPaginator(b -> b.tableName(table).consistentRead(true)).items().stream()
                .mapToInt(i -> 1)
                .sum();
    }

    private static void assertAtMost25PerCall(RecordingClient recorder) {
        assertThat(recorder.requests(BatchWriteItemRequest.class))
                .as("BatchWriteItem requests sent")
                .allSatisfy(r -> assertThat(r.requestItems().values().stream()
                                .mapToInt(List::size)
                                .sum())
                        .as("writes in one BatchWriteItem call")
                        .isBetween(1, 25));
    }

    @Test
    @DisplayName("60 items go out in 3 calls of at most 25 writes when nothing comes back unprocessed")
    void chunksOf25(DynamoDbClient client) {
        RecordingClient recorder = RecordingClient.of(client);

        int calls = BatchWriter.putAll(recorder.client(), table, items(60));

        assertThat(calls).isEqualTo(3).isEqualTo(recorder.calls().size());
        assertAtMost25PerCall(recorder);
        assertThat(itemsIn(client)).isEqualTo(60);
    }

    @Test
    @DisplayName("only the UnprocessedItems are re-sent: each of 60 items reaches the table exactly once")
    void resendsOnlyWhatWasLeft(DynamoDbBackend backend, DynamoDbClient client) {
        UnprocessedItemsInjector injector = new UnprocessedItemsInjector("id", 3);

        try (DynamoDbClient disturbed = clientWith(backend, injector)) {
            RecordingClient recorder = RecordingClient.of(disturbed);
            int calls = BatchWriter.putAll(recorder.client(), table, items(60));

            assertThat(calls).as("calls reported").isEqualTo(injector.calls());
            assertAtMost25PerCall(recorder);
        }
        assertThat(injector.timesSent())
                .as("times each item reached the server")
                .hasSize(60)
                .allSatisfy((id, times) -> assertThat(times).as(id).isOne());
        assertThat(itemsIn(client)).isEqualTo(60);
    }

    @Test
    @DisplayName(
            "a chunk still not written after MAX_ATTEMPTS calls ends in an IllegalStateException that says how many items are left")
    void givesUpLoudly(DynamoDbBackend backend, DynamoDbClient client) {
        UnprocessedItemsInjector alwaysBusy = new UnprocessedItemsInjector("id", Integer.MAX_VALUE);

        try (DynamoDbClient disturbed = clientWith(backend, alwaysBusy)) {
            // Each call writes about half of what it sends: 25 -> 12 -> 6 -> 3 -> 1 left after 4 calls.
            assertThatThrownBy(() -> BatchWriter.putAll(disturbed, table, items(25)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageMatching("(?s)(.*\\D)?1 item.*"); // "1 item(s) not written...", not "11 items"
        }
        assertThat(alwaysBusy.calls()).as("calls before giving up").isEqualTo(BatchWriter.MAX_ATTEMPTS);
        // What was processed stays written (a batch is not a transaction), and only once.
        assertThat(itemsIn(client)).isEqualTo(24);
        assertThat(alwaysBusy.timesSent())
                .allSatisfy((id, times) -> assertThat(times).as(id).isOne());
    }

    @Test
    @DisplayName("an empty list sends no request at all")
    void nothingToWrite(DynamoDbClient client) {
        RecordingClient recorder = RecordingClient.of(client);

        assertThat(BatchWriter.putAll(recorder.client(), table, List.of())).isZero();
        assertThat(recorder.calls()).isEmpty();
    }
}
