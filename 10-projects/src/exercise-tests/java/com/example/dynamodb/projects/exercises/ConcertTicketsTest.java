package com.example.dynamodb.projects.exercises;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
 * Exercise 10.4: the rules of the day-two design challenge, run against your design. Show s1 has
 * six seats, A-01 to A-06. Time is passed in, relative to the moment the class loads: no date the
 * tests could outlive, and no waiting for a hold to run out.
 */
@DynamoDbTest
@DisplayName("Exercise 10.4 Design challenge: concert tickets")
class ConcertTicketsTest {

    private static final Instant T0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private static final List<String> SEATS = List.of("A-01", "A-02", "A-03", "A-04", "A-05", "A-06");

    private DynamoDbClient client;
    private String table;

    @BeforeEach
    void createShow(DynamoDbClient client, Tables tables) {
        this.client = client;
        this.table = tables.reserve("Tickets");
        tables.createAndWait(ConcertTickets.tableDefinition(table));
        for (String seat : SEATS) {
            client.putItem(b -> b.tableName(table).item(ConcertTickets.seatItem("s1", seat)));
        }
    }

    private boolean hold(String seat, String customer, Instant now) {
        return ConcertTickets.hold(client, table, "s1", seat, customer, now);
    }

    @Test
    @DisplayName("a held seat is nobody else's until the hold runs out, then anyone may hold it")
    void holdsExpire() {
        assertThat(hold("A-01", "ada", T0)).as("ada holds A-01").isTrue();
        assertThat(hold("A-01", "bo", T0.plusSeconds(60)))
                .as("bo, a minute later")
                .isFalse();
        assertThat(hold("A-01", "ada", T0.plusSeconds(120)))
                .as("ada again, to renew")
                .isTrue();

        Instant afterAdasHold = T0.plusSeconds(120).plus(ConcertTickets.HOLD).plusSeconds(1);
        assertThat(hold("A-01", "bo", afterAdasHold))
                .as("bo, once ada's hold has run out (no TTL job has run: the hold is checked against the clock)")
                .isTrue();
    }

    @Test
    @DisplayName("free seats leave out the sold ones and the live holds, and count a hold that ran out as free")
    void freeSeats() {
        hold("A-01", "ada", T0);
        hold("A-02", "ada", T0);
        assertThat(ConcertTickets.buy(client, table, "s1", List.of("A-01"), "ada", "o1", T0.plusSeconds(30)))
                .isTrue();
        hold("A-03", "bo", T0.minus(ConcertTickets.HOLD).minusSeconds(1)); // ran out a second ago

        assertThat(ConcertTickets.freeSeats(client, table, "s1", T0)).containsExactly("A-03", "A-04", "A-05", "A-06");
    }

    @Test
    @DisplayName("a purchase sells every seat or none: one seat held by another customer writes nothing")
    void allOrNothing() {
        hold("A-01", "ada", T0);
        hold("A-02", "ada", T0);
        hold("A-03", "bo", T0);

        boolean bought = ConcertTickets.buy(
                client, table, "s1", List.of("A-01", "A-02", "A-03"), "ada", "o1", T0.plusSeconds(60));

        assertThat(bought).as("ada buys A-01, A-02 and bo's A-03").isFalse();
        assertThat(orderIds("ada")).as("ada's orders").isEmpty();
        assertThat(ConcertTickets.soldCount(client, table, "s1"))
                .as("tickets sold")
                .isZero();
        assertThat(ConcertTickets.buy(client, table, "s1", List.of("A-01", "A-02"), "ada", "o2", T0.plusSeconds(90)))
                .as("ada buys her own two, still held")
                .isTrue();
        assertThat(ConcertTickets.soldCount(client, table, "s1")).isEqualTo(2);
    }

    @Test
    @DisplayName("a seat is never sold twice, nor bought on a hold that ran out")
    void neverTwice() {
        hold("A-01", "ada", T0);
        assertThat(ConcertTickets.buy(client, table, "s1", List.of("A-01"), "ada", "o1", T0.plusSeconds(10)))
                .isTrue();
        assertThat(hold("A-01", "bo", T0.plusSeconds(20)))
                .as("bo holds a sold seat")
                .isFalse();
        assertThat(ConcertTickets.buy(client, table, "s1", List.of("A-01"), "ada", "o2", T0.plusSeconds(30)))
                .as("ada buys A-01 a second time")
                .isFalse();

        hold("A-02", "ada", T0);
        Instant tooLate = T0.plus(ConcertTickets.HOLD).plusSeconds(1);
        assertThat(ConcertTickets.buy(client, table, "s1", List.of("A-02"), "ada", "o3", tooLate))
                .as("ada buys A-02 after her hold ran out")
                .isFalse();
        assertThat(ConcertTickets.soldCount(client, table, "s1")).isEqualTo(1);
    }

    @Test
    @DisplayName("a customer's orders are one Query, newest first, reading only orders")
    void ordersNewestFirst() {
        for (int i = 1; i <= 3; i++) {
            String seat = SEATS.get(i);
            Instant at = T0.plusSeconds(i * 60L);
            hold(seat, "ada", at);
            assertThat(ConcertTickets.buy(client, table, "s1", List.of(seat), "ada", "o" + i, at))
                    .isTrue();
        }

        assertThat(orderIds("ada")).containsExactly("o3", "o2", "o1");
    }

    @Test
    @DisplayName("the on-sale rush: 20 purchases are counted exactly, on more than one counter item")
    void soldCountIsSharded() {
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            many.add(String.format("B-%02d", i));
        }
        for (String seat : many) {
            client.putItem(b -> b.tableName(table).item(ConcertTickets.seatItem("s1", seat)));
            hold(seat, "fan-" + seat, T0);
            assertThat(ConcertTickets.buy(client, table, "s1", List.of(seat), "fan-" + seat, "order-" + seat, T0))
                    .isTrue();
        }
        int itemsWritten = client.scan(b -> b.tableName(table)).items().stream()
                .filter(i -> !i.containsKey("seatId") && !i.containsKey("orderId"))
                .toList()
                .size();

        assertThat(ConcertTickets.soldCount(client, table, "s1")).isEqualTo(20);
        assertThat(itemsWritten)
                .as("items that are neither seats nor orders: the counter, spread over several items")
                .isGreaterThan(1);
    }

    private List<String> orderIds(String customerId) {
        QueryRequest request = ConcertTickets.ordersOf(table, customerId);
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        int scanned = 0;
        for (QueryResponse page : client.queryPaginator(request)) {
            items.addAll(page.items());
            scanned += page.scannedCount();
        }
        assertThat(request.filterExpression())
                .as("FilterExpression of the orders query")
                .isNull();
        assertThat(scanned)
                .as("items read (ScannedCount) for %d orders", items.size())
                .isEqualTo(items.size());
        return items.stream().map(i -> i.get("orderId").s()).toList();
    }
}
