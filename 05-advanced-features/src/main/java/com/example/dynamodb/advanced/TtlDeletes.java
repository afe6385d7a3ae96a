package com.example.dynamodb.advanced;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Identity;
import software.amazon.awssdk.services.dynamodb.model.Record;

/**
 * Telling Time to Live deletions from deletes your users made, in the table's stream, and archiving
 * what TTL deleted. AWS marks a TTL deletion with a REMOVE record whose {@code userIdentity} is the
 * DynamoDB service. DynamoDB Local 3.3.1 (measured) sends no identity and an event name of its own:
 * {@code EXPIRE} from the in-process engine, {@code UNKNOWN_TO_SDK_VERSION} from its HTTP server.
 * The check below accepts all three.
 */
public final class TtlDeletes {

    private TtlDeletes() {}

    // tag::ttl-deletes[]
    public enum Deletion {
        NONE,
        USER,
        TTL
    }

    /** DynamoDB Local's names for a TTL deletion; AWS sends only INSERT, MODIFY and REMOVE. */
    static final Set<String> LOCAL_TTL_EVENTS = Set.of("EXPIRE", "UNKNOWN_TO_SDK_VERSION");

    /** Whether a stream record is a deletion, and if so, who made it. */
    public static Deletion deletion(Record record) {
        String event = record.eventNameAsString();
        Identity identity = record.userIdentity();
        boolean byDynamoDb = identity != null
                && "Service".equals(identity.type())
                && "dynamodb.amazonaws.com".equals(identity.principalId());
        if ("REMOVE".equals(event)) {
            return byDynamoDb ? Deletion.TTL : Deletion.USER; // AWS: TTL deletes carry this identity
        }
        return LOCAL_TTL_EVENTS.contains(event) ? Deletion.TTL : Deletion.NONE;
    }

    /** Copies every item TTL deleted into {@code archiveTable}; returns how many. Needs old images. */
    public static int archiveExpired(DynamoDbClient client, String archiveTable, List<Record> records) {
        int archived = 0;
        for (Record record : records) {
            if (deletion(record) != Deletion.TTL) {
                continue; // a user's delete was meant: nothing to keep
            }
            if (!record.dynamodb().hasOldImage()) {
                throw new IllegalStateException("A TTL deletion record without the old item: set the stream's"
                        + " view type to OLD_IMAGE or NEW_AND_OLD_IMAGES to archive expired items");
            }
            Map<String, AttributeValue> expired = record.dynamodb().oldImage();
            client.putItem(b -> b.tableName(archiveTable).item(expired));
            archived++;
        }
        return archived;
    }
    // end::ttl-deletes[]

    static void demo(DynamoDbBackend ddb, Tables tables) {
        DynamoDbClient client = ddb.client();
        Narrator.section("TTL deletions in the stream, told apart from user deletes");
        String table = tables.reserve("ExpiringSessions");
        tables.createAndWait(SessionsTable.definition(table));
        String archive = tables.reserve("SessionArchive");
        tables.createAndWait(SessionsTable.definition(archive));
        Instant now = Instant.now();
        client.putItem(b -> b.tableName(table).item(SessionsTable.session("ana", "s-expired", now.minusSeconds(60))));
        client.putItem(b -> b.tableName(table).item(SessionsTable.session("ana", "s-logout", now.plusSeconds(3600))));
        // The classic bug, written without the check: milliseconds, an expiry thousands of years ahead.
        client.putItem(b -> b.tableName(table)
                .item(Map.of(
                        "userId",
                        AttributeValue.fromS("ana"),
                        "sessionId",
                        AttributeValue.fromS("s-millis"),
                        TimeToLive.TTL_ATTRIBUTE,
                        AttributeValue.fromN(Long.toString(now.minusSeconds(60).toEpochMilli())))));
        client.deleteItem(b -> b.tableName(table)
                .key(Map.of("userId", AttributeValue.fromS("ana"), "sessionId", AttributeValue.fromS("s-logout"))));
        TimeToLive.enable(client, table, TimeToLive.TTL_ATTRIBUTE); // after the writes: the first sweep finds them
        long started = System.nanoTime();
        awaitGone(client, table, "s-expired", Duration.ofSeconds(30));
        Narrator.step(String.format(
                "s-expired deleted by TTL %.1f s after TTL was enabled; still there: %s",
                (System.nanoTime() - started) / 1e9, sessionIds(client, table)));
        List<Record> records = StreamViewTypes.records(ddb.streamsClient(), streamArn(client, table));
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("event", "sessionId", "userIdentity", "deletion"));
        for (Record r : records) {
            rows.add(List.of(
                    r.eventNameAsString(),
                    r.dynamodb().keys().get("sessionId").s(),
                    String.valueOf(r.userIdentity()),
                    deletion(r).toString()));
        }
        Narrator.table(rows);
        Narrator.step("Archived " + archiveExpired(client, archive, records) + " expired session(s): "
                + sessionIds(client, archive));
    }

    static String streamArn(DynamoDbClient client, String table) {
        return client.describeTable(b -> b.tableName(table)).table().latestStreamArn();
    }

    static List<String> sessionIds(DynamoDbClient client, String table) {
        return client.scanPaginator(b -> b.tableName(table)).items().stream()
                .map(i -> i.get("sessionId").s())
                .sorted()
                .toList();
    }

    /** Polls until the session is gone: DynamoDB Local's TTL sweep runs about every 10 seconds. */
    static void awaitGone(DynamoDbClient client, String table, String sessionId, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, AttributeValue> key =
                Map.of("userId", AttributeValue.fromS("ana"), "sessionId", AttributeValue.fromS(sessionId));
        while (client.getItem(b -> b.tableName(table).key(key)).hasItem()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(sessionId + " was not deleted by TTL within " + timeout);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for TTL", e);
            }
        }
    }

    public static void main(String[] args) {
        Walkthroughs.run(TtlDeletes::demo);
    }
}
