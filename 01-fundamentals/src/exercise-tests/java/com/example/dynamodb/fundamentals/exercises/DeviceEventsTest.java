package com.example.dynamodb.fundamentals.exercises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.example.dynamodb.fundamentals.exercises.DeviceEvents.Event;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.RecordingClient;
import com.example.dynamodb.support.Tables;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/** Exercise 01.2: what "done" means for {@link DeviceEvents}. */
@DynamoDbTest
@DisplayName("Exercise 01.2 Events in time order")
class DeviceEventsTest {

    /** d1's events, recorded out of order; their times have 1 to 10 digits. */
    private static final List<Event> D1 = List.of(
            new Event("d1", 1_700_000_000L, "reboot"),
            new Event("d1", 5, "boot"),
            new Event("d1", 300, "alarm"),
            new Event("d1", 40, "sync"),
            new Event("d1", 86_400, "ok"));

    private DynamoDbClient client;
    private String table;

    @BeforeEach
    void createAndFill(DynamoDbClient client, Tables tables) {
        this.client = client;
        this.table = tables.reserve("DeviceEvents");
        DeviceEvents.createTable(client, table);
        D1.forEach(e -> DeviceEvents.record(client, table, e));
        DeviceEvents.record(client, table, new Event("d2", 41, "boot"));
        DeviceEvents.record(client, table, new Event("d2", 299, "alarm"));
    }

    private static List<Long> times(List<Event> events) {
        return events.stream().map(Event::at).toList();
    }

    @Test
    @DisplayName("the table's primary key is deviceId (partition key) and at (sort key)")
    void compositeKey() {
        List<KeySchemaElement> key =
                client.describeTable(b -> b.tableName(table)).table().keySchema();

        assertThat(key)
                .extracting(KeySchemaElement::attributeName, KeySchemaElement::keyType)
                .containsExactly(tuple("deviceId", KeyType.HASH), tuple("at", KeyType.RANGE));
    }

    @Test
    @DisplayName("a device's events come back oldest first, although their times have 1 to 10 digits")
    void timeOrder() {
        List<Event> events = DeviceEvents.between(client, table, "d1", 0, 2_000_000_000L);

        assertThat(times(events)).containsExactly(5L, 40L, 300L, 86_400L, 1_700_000_000L);
        assertThat(events).extracting(Event::type).containsExactly("boot", "sync", "alarm", "ok", "reboot");
    }

    @Test
    @DisplayName("between(40, 86400) returns d1's events at 40, 300 and 86400: both ends included, nothing of d2")
    void bothEndsIncluded() {
        List<Event> events = DeviceEvents.between(client, table, "d1", 40, 86_400);

        assertThat(events).extracting(Event::deviceId).containsOnly("d1");
        assertThat(times(events)).containsExactly(40L, 300L, 86_400L);
    }

    @Test
    @DisplayName("the range is a key condition: a Query with no FilterExpression that reads only what it returns")
    void keyConditionNotFilter() {
        RecordingClient recorder = RecordingClient.of(client);

        List<Event> events = DeviceEvents.between(recorder.client(), table, "d1", 40, 300);

        assertThat(times(events)).containsExactly(40L, 300L);
        assertThat(recorder.requests(QueryRequest.class))
                .as("the requests sent")
                .isNotEmpty()
                .allSatisfy(q -> assertThat(q.filterExpression())
                        .as("FilterExpression (a filter reads the whole partition)")
                        .isNull());
        List<QueryResponse> pages = recorder.responses(QueryResponse.class);
        assertThat(pages.stream().mapToInt(QueryResponse::scannedCount).sum())
                .as("items read (ScannedCount) for 2 returned")
                .isEqualTo(2);
    }
}
