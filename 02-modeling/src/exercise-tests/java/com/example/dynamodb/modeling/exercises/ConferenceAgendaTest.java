package com.example.dynamodb.modeling.exercises;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.dynamodb.modeling.exercises.ConferenceAgenda.Talk;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * Exercise 02.3: the access patterns of the day-one design challenge, run against your design. Five
 * talks on two days (two of them at the same time in different rooms) and three attendees, one of
 * whom registers twice for the same talk. Talk ids are not in time order, so an agenda sorted by id
 * is caught.
 */
@DynamoDbTest
@DisplayName("Exercise 02.3 Design challenge: a conference agenda")
class ConferenceAgendaTest {

    private static final Talk T1 = talk("t1", "Keys first", "Ada", "2026-05-04T14:00", "A");
    private static final Talk T2 = talk("t2", "Streams", "Bo", "2026-05-05T09:00", "B");
    private static final Talk T3 = talk("t3", "One table", "Cy", "2026-05-04T10:00", "B");
    private static final Talk T4 = talk("t4", "Indexes", "Di", "2026-05-04T09:30", "A");
    private static final Talk T5 = talk("t5", "Capacity", "Ed", "2026-05-04T10:00", "C");

    /** What a query returned, and how many items it read to get there. */
    record Result(List<Map<String, AttributeValue>> items, int scanned) {
        List<String> values(String attribute) {
            return items.stream().map(i -> s(i, attribute)).toList();
        }
    }

    private DynamoDbClient client;
    private String table;

    private static Talk talk(String id, String title, String speaker, String startsAt, String room) {
        return new Talk(id, title, speaker, LocalDateTime.parse(startsAt), room);
    }

    private static String s(Map<String, AttributeValue> item, String attribute) {
        AttributeValue value = item.get(attribute);
        assertThat(value).as("attribute '%s' of %s", attribute, item).isNotNull();
        return value.s();
    }

    @BeforeEach
    void createAndFill(DynamoDbClient client, Tables tables) {
        this.client = client;
        this.table = tables.reserve("Conference");
        tables.createAndWait(ConferenceAgenda.tableDefinition(table));
        for (Talk talk : List.of(T1, T2, T3, T4, T5)) {
            client.putItem(b -> b.tableName(table).item(ConferenceAgenda.talkItem(talk)));
        }
        register("a1", T1);
        register("a1", T2);
        register("a1", T3);
        register("a2", T1);
        register("a2", T4);
        register("a3", T1);
        register("a3", T1); // twice: must stay one registration
    }

    private void register(String attendeeId, Talk talk) {
        client.putItem(b -> b.tableName(table).item(ConferenceAgenda.registrationItem(talk, attendeeId)));
    }

    /** Sends the query, reads every page, and checks that it selects by key alone. */
    private Result run(QueryRequest request) {
        assertThat(request.filterExpression())
                .as(
                        "FilterExpression of %s (a filter is applied after the read, which is billed in full)",
                        request.keyConditionExpression())
                .isNull();
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        int scanned = 0;
        for (QueryResponse page : client.queryPaginator(request)) {
            items.addAll(page.items());
            scanned += page.scannedCount();
        }
        assertThat(scanned)
                .as(
                        "items read (ScannedCount) by %s, against the %d it returned",
                        request.keyConditionExpression(), items.size())
                .isEqualTo(items.size());
        return new Result(items, scanned);
    }

    @Test
    @DisplayName("AP1: a talk is one GetItem by its key")
    void talkById() {
        Map<String, AttributeValue> item = client.getItem(b ->
                        b.tableName(table).key(ConferenceAgenda.talkKey("t1")).consistentRead(true))
                .item();

        assertThat(item).as("the item of talk t1").isNotEmpty();
        assertThat(List.of(
                        s(item, "talkId"), s(item, "title"), s(item, "speaker"), s(item, "startsAt"), s(item, "room")))
                .containsExactly("t1", "Keys first", "Ada", "2026-05-04T14:00", "A");
    }

    @Test
    @DisplayName("AP2: a day's schedule is one Query: that day's talks only, every room, in start order")
    void daySchedule() {
        Result result = run(ConferenceAgenda.daySchedule(table, LocalDate.parse("2026-05-04")));

        assertThat(result.values("talkId")).containsExactlyInAnyOrder("t4", "t3", "t5", "t1");
        assertThat(result.values("startsAt")).as("the schedule's start times").isSorted();
    }

    @Test
    @DisplayName("AP3: an attendee's agenda is one Query, in the start order of the talks, with title and room")
    void agendaOfAnAttendee() {
        Result result = run(ConferenceAgenda.agendaOf(table, "a1"));

        assertThat(result.values("talkId"))
                .as("a1's talks, by start (t3 at 10:00, t1 at 14:00, t2 the next morning)")
                .containsExactly("t3", "t1", "t2");
        assertThat(result.values("title")).containsExactly("One table", "Keys first", "Streams");
        assertThat(result.values("room")).containsExactly("B", "A", "B");
        assertThat(result.values("startsAt"))
                .containsExactly("2026-05-04T10:00", "2026-05-04T14:00", "2026-05-05T09:00");
    }

    @Test
    @DisplayName("AP4: a talk's attendees are one Query, each once, even one who registered twice")
    void attendeesOfATalk() {
        Result result = run(ConferenceAgenda.attendeesOf(table, "t1"));

        assertThat(result.values("attendeeId")).containsExactlyInAnyOrder("a1", "a2", "a3");
        assertThat(run(ConferenceAgenda.attendeesOf(table, "t5")).items())
                .as("t5 has nobody")
                .isEmpty();
    }
}
