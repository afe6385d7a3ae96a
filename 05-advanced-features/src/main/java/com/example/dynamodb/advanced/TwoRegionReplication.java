package com.example.dynamodb.advanced;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * A MODEL of a two-Region global table, for learning on DynamoDB Local: two tables stand for the
 * replicas in two Regions, and a replicator copies each local write from one table's stream to the
 * other, resolving conflicts with last-writer-wins. DynamoDB does this inside the service; here the
 * mechanics are visible. It follows the documented behaviour of multi-Region eventual consistency:
 * each item replicates on its own, the write with the later timestamp wins, and a replicated write
 * is never replicated back. It is not a replacement for global tables (no tombstones, no
 * transactions, the writer's clock decides).
 */
public final class TwoRegionReplication {

    /** The attributes the model adds to every item: when and where the write happened. */
    public static final String WRITTEN_AT = "writtenAt";

    public static final String WRITTEN_IN = "writtenIn";

    /** One Region: its name, its replica table and that table's stream. */
    public record Replica(String region, String table, String streamArn) {}

    /** What one pass of the replicator did. */
    public record Pass(int applied, int echoesSkipped, int conflictsLost) {}

    private final DynamoDbClient client;
    private final Map<String, StreamPoller> pollers = new HashMap<>();
    private final List<Replica> replicas;

    public TwoRegionReplication(DynamoDbClient client, DynamoDbStreamsClient streams, Replica a, Replica b) {
        this.client = client;
        this.replicas = List.of(a, b);
        for (Replica replica : replicas) {
            pollers.put(
                    replica.region(),
                    new StreamPoller(
                            streams,
                            replica.streamArn(),
                            new InMemoryCheckpoints(),
                            ShardIteratorType.TRIM_HORIZON,
                            1000));
        }
    }

    /** An application's write in one Region: the item, stamped with the time and the Region. */
    public static void write(DynamoDbClient client, Replica replica, Map<String, AttributeValue> item, long writtenAt) {
        Map<String, AttributeValue> stamped = new HashMap<>(item);
        stamped.put(WRITTEN_AT, AttributeValue.fromN(Long.toString(writtenAt)));
        stamped.put(WRITTEN_IN, AttributeValue.fromS(replica.region()));
        client.putItem(b -> b.tableName(replica.table()).item(stamped));
    }

    /** Copies every new local write of each Region to the other Region; returns what it did. */
    public Pass replicateOnce() {
        int[] counts = new int[3];
        for (Replica source : replicas) {
            Replica target = source == replicas.get(0) ? replicas.get(1) : replicas.get(0);
            pollers.get(source.region()).poll((shard, records) -> {
                for (Record record : records) {
                    Map<String, AttributeValue> item = record.dynamodb().newImage();
                    if (!record.dynamodb().hasNewImage()
                            || !source.region().equals(item.get(WRITTEN_IN).s())) {
                        counts[1]++; // written here by the replicator itself: never send it back
                    } else if (applyIfNewer(client, target.table(), item)) {
                        counts[0]++;
                    } else {
                        counts[2]++; // the target holds a later write: this one loses
                    }
                }
                return records.size();
            });
        }
        return new Pass(counts[0], counts[1], counts[2]);
    }

    // tag::last-writer-wins[]
    /** Writes {@code item} unless the table holds a later write of it: last writer wins. */
    static boolean applyIfNewer(DynamoDbClient client, String table, Map<String, AttributeValue> item) {
        try {
            client.putItem(PutItemRequest.builder()
                    .tableName(table)
                    .item(item)
                    // Newer timestamp wins; on a tie, the Region name decides, the same way everywhere.
                    .conditionExpression("attribute_not_exists(writtenAt) OR writtenAt < :t"
                            + " OR (writtenAt = :t AND writtenIn < :r)")
                    .expressionAttributeValues(Map.of(":t", item.get("writtenAt"), ":r", item.get("writtenIn")))
                    .build());
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }
    // end::last-writer-wins[]

    /** Creates the two replica tables (orders tables with NEW_AND_OLD_IMAGES streams). */
    public static Replica createReplica(DynamoDbClient client, Tables tables, String region) {
        String table = tables.reserve("Orders-" + region);
        tables.createAndWait(OrdersTable.definition(table, StreamViewType.NEW_AND_OLD_IMAGES));
        return new Replica(
                region,
                table,
                client.describeTable(b -> b.tableName(table)).table().latestStreamArn());
    }

    static void demo(DynamoDbBackend ddb, Tables tables) {
        DynamoDbClient client = ddb.client();
        Narrator.section("Global tables: a local MODEL of two Regions with last-writer-wins");
        Replica us = createReplica(client, tables, "us-east-1");
        Replica eu = createReplica(client, tables, "eu-west-1");
        TwoRegionReplication replicator = new TwoRegionReplication(client, ddb.streamsClient(), us, eu);
        write(client, us, OrdersTable.order("c1", "o1", "10"), 1_000);
        Narrator.step("o1 written in us-east-1; replicator pass: " + replicator.replicateOnce());
        Narrator.step("Next pass (the copy in eu-west-1 is not sent back): " + replicator.replicateOnce());
        // Concurrent writes of one item in both Regions, before either has replicated.
        write(client, us, OrdersTable.order("c1", "o2", "20"), 2_000);
        write(client, eu, OrdersTable.order("c1", "o2", "25"), 2_001);
        Narrator.step("o2 written in both Regions (us at t=2000, eu at t=2001); pass: " + replicator.replicateOnce());
        for (Replica replica : List.of(us, eu)) {
            var o2 = client.getItem(b -> b.tableName(replica.table()).key(OrdersTable.key("c1", "o2")))
                    .item();
            Narrator.say(
                    replica.region() + " holds o2 amount " + o2.get("amount").n() + " (written in "
                            + o2.get(WRITTEN_IN).s() + "): the later write won, the earlier one is lost everywhere");
        }
    }

    public static void main(String[] args) {
        Walkthroughs.run(TwoRegionReplication::demo);
    }
}
