package com.example.dynamodb.advanced;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DescribeStreamRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeStreamResponse;
import software.amazon.awssdk.services.dynamodb.model.ExpiredIteratorException;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsRequest;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.GetShardIteratorRequest;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.Shard;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * A small, correct DynamoDB Streams consumer: it reads a parent shard to its end before any of its
 * children (one item's changes continue in a child after a split), and it checkpoints the last
 * record handled in each shard, so a restarted poller resumes right after it: nothing is skipped,
 * and only a batch interrupted before its checkpoint was saved is read again.
 */
public final class StreamPoller {

    // tag::poller[]
    /** Handles one batch of one shard; returns how many records, from the first, are done. */
    @FunctionalInterface
    public interface BatchHandler {
        int handle(String shardId, List<Record> records);
    }

    private final DynamoDbStreamsClient streams;
    private final String streamArn;
    private final Checkpoints checkpoints;
    private final ShardIteratorType startAt; // TRIM_HORIZON (all retained) or LATEST (new only)
    private final int batchSize; // GetRecords returns at most 1,000 records
    private final Map<String, String> iterators = new HashMap<>(); // where each shard's reading stopped

    public StreamPoller(
            DynamoDbStreamsClient streams,
            String streamArn,
            Checkpoints checkpoints,
            ShardIteratorType startAt,
            int batchSize) {
        if (startAt != ShardIteratorType.TRIM_HORIZON && startAt != ShardIteratorType.LATEST) {
            throw new IllegalArgumentException("A poller starts at TRIM_HORIZON or LATEST, not " + startAt);
        }
        if (batchSize < 1 || batchSize > 1000) {
            throw new IllegalArgumentException("GetRecords returns 1 to 1,000 records a call, not " + batchSize);
        }
        this.streams = streams;
        this.streamArn = streamArn;
        this.checkpoints = checkpoints;
        this.startAt = startAt;
        this.batchSize = batchSize;
    }

    /** Reads every shard whose parent is done, to its current end; returns the records handled. */
    public int poll(BatchHandler handler) {
        List<Shard> shards = new ArrayList<>();
        String after = null;
        do { // DescribeStream lists at most 100 shards per call
            DescribeStreamResponse page = streams.describeStream(DescribeStreamRequest.builder()
                    .streamArn(streamArn)
                    .exclusiveStartShardId(after)
                    .build());
            shards.addAll(page.streamDescription().shards());
            after = page.streamDescription().lastEvaluatedShardId();
        } while (after != null);
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
                    handled += readShard(shard, handler);
                    progress = true;
                }
            }
        }
        return handled;
    }

    private int readShard(Shard shard, BatchHandler handler) {
        String id = shard.shardId();
        int handled = 0;
        String iterator = iterators.remove(id); // kept from the last poll, if that one caught up
        boolean kept = iterator != null;
        if (!kept) {
            iterator = startIterator(shard);
        }
        while (iterator != null) {
            GetRecordsResponse page;
            try {
                page = streams.getRecords(GetRecordsRequest.builder()
                        .shardIterator(iterator)
                        .limit(batchSize)
                        .build());
            } catch (ExpiredIteratorException e) {
                if (!kept) {
                    throw e; // a fresh iterator cannot have expired: something else is wrong
                }
                kept = false; // iterators live 15 minutes: start again after the checkpoint
                iterator = startIterator(shard);
                continue;
            }
            List<Record> records = page.records();
            int done = records.isEmpty() ? 0 : handler.handle(id, records);
            if (done > 0) {
                checkpoints.save(id, records.get(done - 1).dynamodb().sequenceNumber());
                handled += done;
            }
            if (done < records.size()) { // a failure: the next poll starts again after the checkpoint
                return handled;
            }
            iterator = page.nextShardIterator();
            if (records.isEmpty() && iterator != null) { // an open shard with nothing new: caught up
                iterators.put(id, iterator);
                return handled;
            }
        }
        checkpoints.markFinished(id); // a closed shard, read to its end: its children may start
        return handled;
    }

    private String startIterator(Shard shard) {
        GetShardIteratorRequest.Builder request =
                GetShardIteratorRequest.builder().streamArn(streamArn).shardId(shard.shardId());
        Optional<String> checkpoint = checkpoints.lastSequenceNumber(shard.shardId());
        if (checkpoint.isPresent()) {
            request.shardIteratorType(ShardIteratorType.AFTER_SEQUENCE_NUMBER).sequenceNumber(checkpoint.get());
        } else if (shard.parentShardId() != null && checkpoints.finished(shard.parentShardId())) {
            request.shardIteratorType(ShardIteratorType.TRIM_HORIZON); // a child of a shard we read: all of it is new
        } else {
            request.shardIteratorType(startAt);
        }
        return streams.getShardIterator(request.build()).shardIterator();
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
