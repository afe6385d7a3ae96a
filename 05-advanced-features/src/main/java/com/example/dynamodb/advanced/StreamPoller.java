package com.example.dynamodb.advanced;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DescribeStreamRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeStreamResponse;
import software.amazon.awssdk.services.dynamodb.model.Shard;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * A small, correct DynamoDB Streams consumer: it reads a parent shard to its end before any of its
 * children (one item's changes continue in a child after a split), and it checkpoints the last
 * record handled in each shard, so a restarted poller resumes right after it: nothing is skipped,
 * and only a batch interrupted before its checkpoint was saved is read again. Each shard is read by
 * a {@link ShardReader}, which also recovers from expired iterators and trimmed records. The shard
 * list is kept between polls: listed again when it is {@link #SHARD_LIST_MAX_AGE} old, or at the
 * poll after a shard ended, not at every poll (a loop that polls every few milliseconds would
 * otherwise exceed DescribeStream's 10 calls a second).
 */
public final class StreamPoller {

    // tag::poller[]
    /** How long a shard list is used before DescribeStream is asked again (it allows 10 calls a second). */
    public static final Duration SHARD_LIST_MAX_AGE = Duration.ofSeconds(10);

    private final DynamoDbStreamsClient streams;
    private final String streamArn;
    private final Checkpoints checkpoints;
    private final ShardReader reader;
    private final Clock clock;
    private List<Shard> shards = List.of();
    private Instant listedAt; // null: list the shards at the next poll

    public StreamPoller(
            DynamoDbStreamsClient streams,
            String streamArn,
            Checkpoints checkpoints,
            ShardIteratorType startAt,
            int batchSize) {
        this(streams, streamArn, checkpoints, startAt, batchSize, Clock.systemUTC());
    }

    /** {@code clock} decides when the shard list is old: a test passes one it moves by hand. */
    public StreamPoller(
            DynamoDbStreamsClient streams,
            String streamArn,
            Checkpoints checkpoints,
            ShardIteratorType startAt,
            int batchSize,
            Clock clock) {
        if (startAt != ShardIteratorType.TRIM_HORIZON && startAt != ShardIteratorType.LATEST) {
            throw new IllegalArgumentException("A poller starts at TRIM_HORIZON or LATEST, not " + startAt);
        }
        if (batchSize < 1 || batchSize > 1000) {
            throw new IllegalArgumentException("GetRecords returns 1 to 1,000 records a call, not " + batchSize);
        }
        this.streams = streams;
        this.streamArn = streamArn;
        this.checkpoints = checkpoints;
        this.reader = new ShardReader(streams, streamArn, checkpoints, startAt, batchSize);
        this.clock = clock;
    }

    /** Reads every shard whose parent is done, to its current end; returns the records handled. */
    public int poll(BatchHandler handler) {
        if (listedAt == null || !clock.instant().isBefore(listedAt.plus(SHARD_LIST_MAX_AGE))) {
            shards = listShards(); // new shards appear when a shard splits or rolls over
            listedAt = clock.instant();
        }
        Set<String> listed = new HashSet<>();
        shards.forEach(s -> listed.add(s.shardId()));
        Set<String> visited = new HashSet<>();
        int handled = 0;
        boolean progress = true;
        while (progress) { // once more after any shard: finishing a parent makes its children ready
            progress = false;
            for (Shard shard : shards) {
                String parent = shard.parentShardId();
                // A parent no longer listed was trimmed (older than 24 hours): nothing of it is left to read.
                boolean parentDone = parent == null || !listed.contains(parent) || checkpoints.finished(parent);
                if (parentDone && !checkpoints.finished(shard.shardId()) && visited.add(shard.shardId())) {
                    handled += reader.read(shard, handler);
                    progress = true;
                    if (checkpoints.finished(shard.shardId())) {
                        listedAt = null; // a shard ended: list again next poll, for children not yet listed
                    }
                }
            }
        }
        return handled;
    }

    private List<Shard> listShards() {
        List<Shard> all = new ArrayList<>();
        String after = null;
        do { // DescribeStream lists at most 100 shards per call
            DescribeStreamResponse page = streams.describeStream(DescribeStreamRequest.builder()
                    .streamArn(streamArn)
                    .exclusiveStartShardId(after)
                    .build());
            all.addAll(page.streamDescription().shards());
            after = page.streamDescription().lastEvaluatedShardId();
        } while (after != null);
        return all;
    }
    // end::poller[]

    static void demo(DynamoDbBackend ddb, Tables tables) {
        DynamoDbClient client = ddb.client();
        Narrator.section("A stream poller: shard lineage and checkpoints");
        String table = tables.reserve("PolledOrders");
        tables.createAndWait(OrdersTable.definition(table, StreamViewType.NEW_IMAGE));
        String arn = client.describeTable(b -> b.tableName(table)).table().latestStreamArn();
        for (int i = 1; i <= 3; i++) {
            String orderId = "o" + i;
            client.putItem(b -> b.tableName(table).item(OrdersTable.order("c1", orderId, "10")));
        }
        InMemoryCheckpoints checkpoints = new InMemoryCheckpoints();
        List<String> seen = new ArrayList<>();
        BatchHandler collect = (shard, records) -> {
            records.forEach(r -> seen.add(r.dynamodb().sequenceNumber()));
            return records.size();
        };
        new StreamPoller(ddb.streamsClient(), arn, checkpoints, ShardIteratorType.TRIM_HORIZON, 100).poll(collect);
        Narrator.step(
                "First poller, from TRIM_HORIZON: " + seen.size() + " records, checkpoint " + checkpoints.positions());
        client.putItem(b -> b.tableName(table).item(OrdersTable.order("c1", "o-late", "25")));
        seen.clear();
        new StreamPoller(ddb.streamsClient(), arn, checkpoints, ShardIteratorType.TRIM_HORIZON, 100).poll(collect);
        Narrator.step("A restarted poller with the same checkpoints reads only what came after: " + seen);
    }

    public static void main(String[] args) {
        Walkthroughs.run(StreamPoller::demo);
    }
}
