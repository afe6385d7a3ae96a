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
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Identity;
import software.amazon.awssdk.services.dynamodb.model.OperationType;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/**
 * {@link TtlDeletes} on a real stream: DynamoDB Local really deletes an expired session, and its
 * stream records the deletion, in a shape of its own (measured on 3.3.1: no REMOVE, no
 * userIdentity). The demo shows the records as Local sends them and as AWS documents them.
 */
public final class TtlDeletesDemo {

    private TtlDeletesDemo() {}

    static void demo(DynamoDbBackend ddb, Tables tables) {
        DynamoDbClient client = ddb.client();
        Narrator.section("TTL deletions in the stream, told apart from user deletes");
        String table = tables.reserve("ExpiringSessions");
        tables.createAndWait(TimeToLive.sessionsTable(table));
        String arn = StreamViewTypes.enableStream(client, table, StreamViewType.NEW_AND_OLD_IMAGES);
        String archive = tables.reserve("SessionArchive");
        tables.createAndWait(TimeToLive.sessionsTable(archive));
        Instant now = Instant.now();
        client.putItem(b -> b.tableName(table).item(TimeToLive.session("ana", "s-expired", now.minusSeconds(60))));
        client.putItem(b -> b.tableName(table).item(TimeToLive.session("ana", "s-logout", now.plusSeconds(3600))));
        client.deleteItem(b -> b.tableName(table)
                .key(Map.of("userId", AttributeValue.fromS("ana"), "sessionId", AttributeValue.fromS("s-logout"))));
        TimeToLive.enable(client, table, TimeToLive.TTL_ATTRIBUTE); // after the writes: the first sweep finds them
        long started = System.nanoTime();
        awaitGone(client, table, "s-expired", Duration.ofSeconds(30));
        Narrator.step(String.format(
                "s-expired deleted by TTL %.1f s after TTL was enabled", (System.nanoTime() - started) / 1e9));
        List<Record> records = StreamViewTypes.records(ddb.streamsClient(), arn);
        List<Record> asOnAws = records.stream().map(TtlDeletesDemo::inAwsShape).toList();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("event", "sessionId", "userIdentity", "deletion", "in AWS's shape"));
        for (int i = 0; i < records.size(); i++) {
            Record r = records.get(i);
            rows.add(List.of(
                    r.eventNameAsString(),
                    r.dynamodb().keys().get("sessionId").s(),
                    String.valueOf(r.userIdentity()),
                    TtlDeletes.deletion(r).toString(),
                    TtlDeletes.deletion(asOnAws.get(i)).toString()));
        }
        Narrator.table(rows);
        Narrator.say("DynamoDB Local marks a TTL deletion its own way (no REMOVE, no userIdentity): not a deletion"
                + " to the check above. On AWS it is a REMOVE by Service dynamodb.amazonaws.com (last column).");
        Narrator.step("Archived " + TtlDeletes.archiveExpired(client, archive, asOnAws)
                + " expired session(s) from the records" + " in AWS's shape: " + sessionIds(client, archive));
    }

    /** Demo only: DynamoDB Local's TTL record rebuilt as AWS documents it, a REMOVE by the service. */
    private static Record inAwsShape(Record local) {
        if (List.of("INSERT", "MODIFY", "REMOVE").contains(local.eventNameAsString())) {
            return local;
        }
        return local.toBuilder()
                .eventName(OperationType.REMOVE)
                .userIdentity(Identity.builder()
                        .type("Service")
                        .principalId("dynamodb.amazonaws.com")
                        .build())
                .build();
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
        Walkthroughs.run(TtlDeletesDemo::demo);
    }
}
