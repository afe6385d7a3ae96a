package com.example.dynamodb.modeling.exercises;

import java.time.Instant;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * Exercise 02.2 A sparse index of open tickets (15 minutes). Read first: README section "3. Global
 * secondary indexes", the part on sparse indexes.
 *
 * <p>A help desk keeps its tickets in one table keyed by {@code ticketId}. Every agent's screen
 * asks, all day long: "my open tickets, oldest first". Closed tickets stay in the table for the
 * reports, and there are far more of them than open ones, so that question must not read them.
 * Build a <em>sparse</em> global secondary index: one that holds the open tickets only.
 *
 * <ol>
 *   <li>{@link #tableDefinition}: partition key {@code ticketId} and your GSI, in one line with the
 *       given {@link KeyDesign}: {@code KeyDesign.table(tableName, KeyDesign.key("ticketId"),
 *       KeyDesign.index("...", KeyDesign.key("...", "...")))};
 *   <li>{@link #openTicket}: the item of a new ticket: the plain attributes {@code ticketId},
 *       {@code assignee}, {@code openedAt} (ISO-8601 text in UTC, such as
 *       "2026-05-04T09:00:00.500Z") and {@code status} = "OPEN", plus what puts it into your index;
 *   <li>{@link #close}: one UpdateItem that sets {@code status} to "CLOSED" and takes the ticket out
 *       of the index (the ticket itself stays in the table);
 *   <li>{@link #openTicketsOf}: the Query on your index for one agent's open tickets, oldest first.
 *       You return the request; the test sends it.
 * </ol>
 *
 * Done when {@code mvn test -pl 02-modeling -Pexercises -Dtest=OpenTicketsTest} passes.
 *
 * <p>Hints: an item is in a GSI only while it has the index's key attributes, so give open tickets
 * an attribute that closed ones do not have. {@code "SET #st = :closed REMOVE ..."} does both
 * changes in one request; {@code status} is a reserved word, hence {@code #st} and
 * {@code expressionAttributeNames}. An index sorts strings character by character, so write every
 * {@code openedAt} in ONE fixed format: {@code Instant.toString()} is not one, it drops a zero
 * fraction ("…09:00:00Z", "…09:00:00.500Z"), and since '.' sorts before 'Z' the later ticket comes
 * first (README section "2. Choosing sort keys"). {@code DateTimeFormatter.ofPattern(
 * "yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC).format(instant)} always writes three
 * fraction digits.
 */
public final class OpenTickets {

    private static final String NOT_SOLVED = "Exercise 02.2 A sparse index of open tickets: not solved yet —"
            + " start in src/exercises/java/com/example/dynamodb/modeling/exercises/OpenTickets.java;"
            + " see README 'Exercises'";

    private OpenTickets() {}

    /** The tickets table and your sparse GSI. */
    public static CreateTableRequest tableDefinition(String tableName) {
        throw new UnsupportedOperationException(NOT_SOLVED);
    }

    /** A new, open ticket as an item. */
    public static Map<String, AttributeValue> openTicket(String ticketId, String assignee, Instant openedAt) {
        throw new UnsupportedOperationException(NOT_SOLVED);
    }

    /** Closes a ticket: status CLOSED, and out of the index. */
    public static void close(DynamoDbClient client, String tableName, String ticketId) {
        throw new UnsupportedOperationException(NOT_SOLVED);
    }

    /** The Query for one agent's open tickets, oldest first, on your index. */
    public static QueryRequest openTicketsOf(String tableName, String assignee) {
        throw new UnsupportedOperationException(NOT_SOLVED);
    }
}
