package com.example.dynamodb.modeling.exercises;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.time.Instant;
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
 * Exercise 02.2: what "done" means for {@link OpenTickets}. Ana has five tickets and Bo two; one of
 * each is closed before every test. Two of Ana's were opened half a second apart, on a whole second
 * and just after it: an {@code openedAt} written with {@code Instant.toString()} ("…09:00:00Z",
 * "…09:00:00.500Z") sorts them the wrong way round.
 */
@DynamoDbTest
@DisplayName("Exercise 02.2 A sparse index of open tickets")
class OpenTicketsTest {

    private DynamoDbClient client;
    private String table;

    @BeforeEach
    void createFillAndClose(DynamoDbClient client, Tables tables) {
        this.client = client;
        this.table = tables.reserve("Tickets");
        tables.createAndWait(OpenTickets.tableDefinition(table));
        open("t1", "ana", "2026-05-04T09:00:00Z");
        open("t2", "ana", "2026-05-04T08:00:00Z");
        open("t3", "ana", "2026-05-04T10:30:00Z");
        open("t4", "ana", "2026-05-03T17:45:00Z");
        open("t7", "ana", "2026-05-04T09:00:00.500Z");
        open("t5", "bo", "2026-05-04T08:15:00Z");
        open("t6", "bo", "2026-05-04T11:00:00Z");
        OpenTickets.close(client, table, "t2");
        OpenTickets.close(client, table, "t5");
    }

    private void open(String id, String assignee, String openedAt) {
        client.putItem(b -> b.tableName(table).item(OpenTickets.openTicket(id, assignee, Instant.parse(openedAt))));
    }

    private static List<String> ids(List<Map<String, AttributeValue>> items) {
        return items.stream().map(i -> i.get("ticketId").s()).toList();
    }

    @Test
    @DisplayName("an agent's open tickets come back oldest first, to the half second: no closed ticket, nobody else's")
    void openTicketsOldestFirst() {
        List<String> ana = ids(client.queryPaginator(OpenTickets.openTicketsOf(table, "ana")).items().stream()
                .toList());
        List<String> bo = ids(client.queryPaginator(OpenTickets.openTicketsOf(table, "bo")).items().stream()
                .toList());

        assertThat(ana)
                .as("ana's open tickets in the index's order (t7 was opened half a second after t1)")
                .containsExactly("t4", "t1", "t7", "t3");
        assertThat(bo).containsExactly("t6");
    }

    @Test
    @DisplayName("the index is sparse: it holds exactly the open tickets, so the query reads nothing it throws away")
    void indexHoldsOnlyOpenTickets() {
        QueryRequest query = OpenTickets.openTicketsOf(table, "ana");
        assertThat(query.indexName()).as("the index the query reads").isNotNull();

        List<String> inIndex =
                ids(client.scanPaginator(b -> b.tableName(table).indexName(query.indexName())).items().stream()
                        .toList());
        List<QueryResponse> pages = new ArrayList<>();
        client.queryPaginator(query).forEach(pages::add);

        assertThat(inIndex).containsExactlyInAnyOrder("t1", "t3", "t4", "t6", "t7");
        assertThat(query.filterExpression())
                .as("FilterExpression (a filter would read the closed tickets, and bill them)")
                .isNull();
        assertThat(pages.stream().mapToInt(QueryResponse::scannedCount).sum())
                .as("items read (ScannedCount) for ana's 4 open tickets")
                .isEqualTo(4);
    }

    @Test
    @DisplayName("a closed ticket stays in the table, with status CLOSED and its other attributes kept")
    void closedTicketStays() {
        Map<String, AttributeValue> t2 = client.getItem(b -> b.tableName(table)
                        .key(Map.of("ticketId", AttributeValue.fromS("t2")))
                        .consistentRead(true))
                .item();

        assertThat(t2)
                .containsEntry("status", AttributeValue.fromS("CLOSED"))
                .containsEntry("assignee", AttributeValue.fromS("ana"));
        assertThat(Instant.parse(t2.get("openedAt").s()))
                .as("openedAt, read back as an instant")
                .isEqualTo(Instant.parse("2026-05-04T08:00:00Z"));
    }
}
