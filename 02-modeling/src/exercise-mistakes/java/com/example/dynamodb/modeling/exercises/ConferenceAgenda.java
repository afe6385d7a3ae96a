package com.example.dynamodb.modeling.exercises;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * A plausible wrong design for exercise 02.3: the attendee index is sorted by the talk's id
 * ({@code GSI2SK = TALK#t1}), the habit of keying a relation by the other side's id. Every pattern
 * is still one Query, but an agenda comes back in the order of the ids, not of the times: a sort key
 * decides the order of what a Query returns. The tests must catch it.
 *
 * <p>Otherwise as the reference design of exercise 02.3, the day-one design challenge (workshop/day-one-conference.md at the repository root):
 * one table, two sparse GSIs.
 *
 * <pre>
 *   item           PK            SK              GSI1PK (ByDay)   GSI1SK                GSI2PK (ByAttendee)  GSI2SK
 *   talk           TALK#t1       TALK#t1         DAY#2026-05-04   2026-05-04T09:30#t1   -              -
 *   registration   TALK#t1       ATTENDEE#a1     -                -                     ATTENDEE#a1   TALK#t1
 *
 *   AP1 a talk              GetItem   PK = TALK#t1, SK = TALK#t1
 *   AP2 a day's schedule    Query     ByDay: GSI1PK = DAY#d                        (sorted by start)
 *   AP3 an agenda           Query     ByAttendee: GSI2PK = ATTENDEE#a              (sorted by talk id!)
 *   AP4 a talk's attendees  Query     PK = TALK#t AND begins_with(SK, ATTENDEE#)   (skips the talk)
 * </pre>
 *
 * A registration repeats the talk's title, room and start (denormalized, module 02 section 6), so
 * an agenda is one Query; its key (TALK#t, ATTENDEE#a) is unique, so registering twice writes one
 * item.
 */
public final class ConferenceAgenda {

    public static final String BY_DAY = "ByDay";
    public static final String BY_ATTENDEE = "ByAttendee";

    /** Whole minutes, one fixed format: sorts like the times it names. */
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    /** A talk: where and when it starts (whole minutes), and who gives it. */
    public record Talk(String talkId, String title, String speaker, LocalDateTime startsAt, String room) {}

    private ConferenceAgenda() {}

    public static CreateTableRequest tableDefinition(String tableName) {
        return KeyDesign.table(
                tableName,
                KeyDesign.key("PK", "SK"),
                KeyDesign.index(BY_DAY, KeyDesign.key("GSI1PK", "GSI1SK")),
                KeyDesign.index(BY_ATTENDEE, KeyDesign.key("GSI2PK", "GSI2SK")));
    }

    public static Map<String, AttributeValue> talkItem(Talk talk) {
        String starts = MINUTES.format(talk.startsAt());
        return Map.of(
                "PK", AttributeValue.fromS("TALK#" + talk.talkId()),
                "SK", AttributeValue.fromS("TALK#" + talk.talkId()),
                "GSI1PK", AttributeValue.fromS("DAY#" + talk.startsAt().toLocalDate()),
                "GSI1SK", AttributeValue.fromS(starts + "#" + talk.talkId()),
                "talkId", AttributeValue.fromS(talk.talkId()),
                "title", AttributeValue.fromS(talk.title()),
                "speaker", AttributeValue.fromS(talk.speaker()),
                "startsAt", AttributeValue.fromS(starts),
                "room", AttributeValue.fromS(talk.room()));
    }

    public static Map<String, AttributeValue> registrationItem(Talk talk, String attendeeId) {
        String starts = MINUTES.format(talk.startsAt());
        return Map.of(
                "PK", AttributeValue.fromS("TALK#" + talk.talkId()),
                "SK", AttributeValue.fromS("ATTENDEE#" + attendeeId),
                "GSI2PK", AttributeValue.fromS("ATTENDEE#" + attendeeId),
                "GSI2SK", AttributeValue.fromS("TALK#" + talk.talkId()),
                "attendeeId", AttributeValue.fromS(attendeeId),
                "talkId", AttributeValue.fromS(talk.talkId()),
                "title", AttributeValue.fromS(talk.title()),
                "startsAt", AttributeValue.fromS(starts),
                "room", AttributeValue.fromS(talk.room()));
    }

    public static Map<String, AttributeValue> talkKey(String talkId) {
        return Map.of("PK", AttributeValue.fromS("TALK#" + talkId), "SK", AttributeValue.fromS("TALK#" + talkId));
    }

    public static QueryRequest daySchedule(String tableName, LocalDate day) {
        return QueryRequest.builder()
                .tableName(tableName)
                .indexName(BY_DAY)
                .keyConditionExpression("GSI1PK = :day")
                .expressionAttributeValues(Map.of(":day", AttributeValue.fromS("DAY#" + day)))
                .build();
    }

    public static QueryRequest agendaOf(String tableName, String attendeeId) {
        return QueryRequest.builder()
                .tableName(tableName)
                .indexName(BY_ATTENDEE)
                .keyConditionExpression("GSI2PK = :a")
                .expressionAttributeValues(Map.of(":a", AttributeValue.fromS("ATTENDEE#" + attendeeId)))
                .build();
    }

    public static QueryRequest attendeesOf(String tableName, String talkId) {
        return QueryRequest.builder()
                .tableName(tableName)
                .keyConditionExpression("PK = :talk AND begins_with(SK, :attendee)")
                .expressionAttributeValues(Map.of(
                        ":talk", AttributeValue.fromS("TALK#" + talkId),
                        ":attendee", AttributeValue.fromS("ATTENDEE#")))
                .build();
    }
}
