package com.example.dynamodb.modeling.exercises;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * Exercise 02.3 Design challenge: a conference agenda (30 minutes on a whiteboard, then about 45 to
 * code). Read first: README sections "2. Choosing sort keys", "3. Global secondary indexes", "5.
 * Single-table design" and "6. Denormalization"; the brief and the two charts to fill in are in
 * workshop/day-one-conference.md at the repository root.
 *
 * <p>A conference keeps its talks and its attendees' registrations in ONE table. A talk has an id, a
 * title, a speaker, a room and a start (whole minutes); an attendee registers for talks. The
 * conference app asks:
 *
 * <pre>
 *   AP1  a talk, by its id                                              GetItem
 *   AP2  one day's schedule: its talks in start order, every room       one Query
 *   AP3  an attendee's agenda: their talks in start order, each with    one Query (no GetItem per talk)
 *        its title, room and start
 *   AP4  a talk's attendee list, for the check-in at the door           one Query
 * </pre>
 *
 * and registering twice for the same talk must not register twice. No Scan, no FilterExpression:
 * every Query reads only what it returns.
 *
 * <ol>
 *   <li>On the whiteboard: the entity chart (each item type's PK, SK and index keys) and the
 *       access-pattern chart (each pattern's operation, index and key condition).
 *   <li>{@link #tableDefinition}: your table and its indexes with the given {@link KeyDesign}.
 *   <li>{@link #talkItem} and {@link #registrationItem}: the items, with your key attributes and
 *       these plain ones, which the tests read back: a talk has {@code talkId}, {@code title},
 *       {@code speaker}, {@code startsAt}, {@code room}; a registration has {@code attendeeId},
 *       {@code talkId}, {@code title}, {@code startsAt}, {@code room} (all Strings; write
 *       {@code startsAt} as "2026-05-04T09:30").
 *   <li>{@link #talkKey} (AP1) and {@link #daySchedule}, {@link #agendaOf}, {@link #attendeesOf}
 *       (AP2 to AP4): you return the key or the request; the tests send it and read every page.
 * </ol>
 *
 * Done when {@code mvn test -pl 02-modeling -Pexercises -Dtest=ConferenceAgendaTest} passes.
 *
 * <p>Hints: generic key names ({@code PK}, {@code SK}, {@code GSI1PK}...) let one table hold
 * several item types; an item without an index's key attributes is not in that index (a sparse
 * index). A Query returns items in sort-key order: what must AP2's and AP3's sort keys start with?
 * AP4's partition may hold the talk itself: {@code begins_with} on the sort key leaves it out.
 */
public final class ConferenceAgenda {

    private static final String NOT_SOLVED = "Exercise 02.3 Design challenge: not solved yet — start in"
            + " src/exercises/java/com/example/dynamodb/modeling/exercises/ConferenceAgenda.java;"
            + " see README 'Exercises'";

    /** A talk: where and when it starts (whole minutes), and who gives it. */
    public record Talk(String talkId, String title, String speaker, LocalDateTime startsAt, String room) {}

    private ConferenceAgenda() {}

    /** The table and its indexes. */
    public static CreateTableRequest tableDefinition(String tableName) {
        throw new UnsupportedOperationException(NOT_SOLVED);
    }

    /** A talk as an item. */
    public static Map<String, AttributeValue> talkItem(Talk talk) {
        throw new UnsupportedOperationException(NOT_SOLVED);
    }

    /** The registration of {@code attendeeId} for {@code talk}, as an item. */
    public static Map<String, AttributeValue> registrationItem(Talk talk, String attendeeId) {
        throw new UnsupportedOperationException(NOT_SOLVED);
    }

    /** AP1: the primary key of the talk's item, for a GetItem. */
    public static Map<String, AttributeValue> talkKey(String talkId) {
        throw new UnsupportedOperationException(NOT_SOLVED);
    }

    /** AP2: the talks of {@code day}, in start order. */
    public static QueryRequest daySchedule(String tableName, LocalDate day) {
        throw new UnsupportedOperationException(NOT_SOLVED);
    }

    /** AP3: the attendee's registrations, in the start order of their talks. */
    public static QueryRequest agendaOf(String tableName, String attendeeId) {
        throw new UnsupportedOperationException(NOT_SOLVED);
    }

    /** AP4: the registrations for the talk. */
    public static QueryRequest attendeesOf(String tableName, String talkId) {
        throw new UnsupportedOperationException(NOT_SOLVED);
    }
}
