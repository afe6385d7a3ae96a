package com.example.dynamodb.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

@DynamoDbTest
class RecordingClientTest {

    private String table;

    @BeforeEach
    void createTable(Tables tables) {
        table = tables.reserve("Recorded");
        tables.createAndWait(DynamoDbBackendTest.simpleTable(table));
    }

    private static Map<String, AttributeValue> item(String id) {
        return Map.of("id", AttributeValue.fromS(id));
    }

    @Test
    @DisplayName("a request sent as an object or as a Consumer is passed on and recorded once, with its response")
    void recordsBothForms(DynamoDbClient client) {
        RecordingClient recorder = RecordingClient.of(client);

        recorder.client()
                .putItem(PutItemRequest.builder()
                        .tableName(table)
                        .item(item("a"))
                        .build());
        recorder.client().putItem(b -> b.tableName(table).item(item("b")));
        boolean found = recorder.client()
                .getItem(b -> b.tableName(table).key(item("b")))
                .hasItem();

        assertThat(found).isTrue();
        assertThat(client.scan(b -> b.tableName(table)).count()).isEqualTo(2);
        assertThat(recorder.requests(PutItemRequest.class))
                .extracting(r -> r.item().get("id").s())
                .containsExactly("a", "b");
        assertThat(recorder.calls())
                .extracting(c -> c.request().getClass().getSimpleName())
                .containsExactly("PutItemRequest", "PutItemRequest", "GetItemRequest");
        assertThat(recorder.calls()).allSatisfy(c -> assertThat(c.response()).isNotNull());
    }

    @Test
    @DisplayName("a paginator's pages are each recorded: one QueryRequest and one QueryResponse per page")
    void recordsEveryPage(DynamoDbClient client) {
        for (String id : List.of("x", "y", "z")) {
            client.putItem(b -> b.tableName(table).item(item(id)));
        }
        RecordingClient recorder = RecordingClient.of(client);

        List<Integer> pageCounts = recorder
                .client()
                .scanPaginator(b -> b.tableName(table).limit(1))
                .stream()
                .map(page -> page.count())
                .toList();
        recorder.client()
                .queryPaginator(b -> b.tableName(table)
                        .keyConditionExpression("id = :k")
                        .expressionAttributeValues(Map.of(":k", AttributeValue.fromS("y"))))
                .items()
                .forEach(i -> {});

        // Limit 1 over three items: three pages of one, then an empty last page.
        assertThat(pageCounts).containsExactly(1, 1, 1, 0);
        assertThat(recorder.calls()).hasSize(pageCounts.size() + 1);
        assertThat(recorder.requests(QueryRequest.class)).hasSize(1);
        assertThat(recorder.responses(QueryResponse.class))
                .singleElement()
                .satisfies(r -> assertThat(r.count()).isOne());
    }

    @Test
    @DisplayName("the action runs before each request, and a failed request is recorded without a response")
    void beforeEachAndFailures(DynamoDbClient client) {
        List<String> order = new ArrayList<>();
        RecordingClient recorder = RecordingClient.of(client).beforeEachRequest(request -> {
            // Another writer sneaks in first: it uses the wrapped client, so it is not recorded.
            if (request instanceof PutItemRequest) {
                order.add("other writer");
                client.putItem(b -> b.tableName(table).item(item("other")));
            }
        });

        recorder.client().putItem(b -> b.tableName(table).item(item("mine")));
        order.add("mine returned");
        assertThatThrownBy(() -> recorder.client()
                        .getItem(b -> b.tableName("no-such-table").key(item("a"))))
                .isInstanceOf(ResourceNotFoundException.class);

        assertThat(order).containsExactly("other writer", "mine returned");
        assertThat(client.scan(b -> b.tableName(table)).count()).isEqualTo(2);
        assertThat(recorder.calls()).hasSize(2);
        assertThat(recorder.calls().get(1).request()).isInstanceOf(GetItemRequest.class);
        assertThat(recorder.calls().get(1).response()).isNull();
    }
}
