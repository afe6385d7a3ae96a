package com.example.dynamodb.advanced;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.ExpiredIteratorException;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsRequest;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.GetShardIteratorRequest;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.Shard;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.TrimmedDataAccessException;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * Reads one shard from where its consumer stopped to the shard's current end, saving a checkpoint
 * after each batch: a closed shard to its last record (past any empty pages), an open one until a
 * page comes back empty. A position can go stale two ways, and neither may wedge the consumer: an
 * iterator expires 15 minutes after it was issued ({@code ExpiredIteratorException}: ask for a new
 * one right after the checkpoint), and records older than 24 hours are trimmed
 * ({@code TrimmedDataAccessException}: what the checkpoint pointed at is gone, so go on at
 * {@code TRIM_HORIZON}, the oldest record left, and say what was lost).
 */
public final class ShardReader {

    // tag::reader[]
    private final DynamoDbStreamsClient streams;
    private final String streamArn;
    private final Checkpoints checkpoints;
    private final ShardIteratorType startAt; // for a shard with no checkpoint: TRIM_HORIZON or LATEST
    private final int batchSize;
    private final Map<String, String> iterators = new HashMap<>(); // open shards read to their end
    private final Map<String, String> retryAt = new HashMap<>(); // a failed record of a shard without checkpoint

    public ShardReader(
            DynamoDbStreamsClient streams,
            String streamArn,
            Checkpoints checkpoints,
            ShardIteratorType startAt,
            int batchSize) {
        this.streams = streams;
        this.streamArn = streamArn;
        this.checkpoints = checkpoints;
        this.startAt = startAt;
        this.batchSize = batchSize;
    }

    /** Reads {@code shard} to its current end, or until the handler stops; returns the records handled. */
    public int read(Shard shard, BatchHandler handler) {
        String id = shard.shardId();
        String iterator = iterators.containsKey(id) ? iterators.remove(id) : start(shard, handler);
        boolean renewed = false; // a position renewed once and failing again is no stale position
        int handled = 0;
        while (iterator != null) {
            GetRecordsResponse page;
            try {
                page = streams.getRecords(GetRecordsRequest.builder()
                        .shardIterator(iterator)
                        .limit(batchSize)
                        .build());
            } catch (ExpiredIteratorException | TrimmedDataAccessException e) {
                if (renewed) {
                    throw e;
                }
                renewed = true;
                iterator = e instanceof TrimmedDataAccessException
                        ? trimHorizon(shard, handler) // the records it pointed at are gone
                        : start(shard, handler); // 15 minutes old: again right after the checkpoint
                continue;
            }
            renewed = false;
            List<Record> records = page.records();
            int done = records.isEmpty() ? 0 : handler.handle(id, records);
            if (done > 0) {
                checkpoints.save(id, records.get(done - 1).dynamodb().sequenceNumber());
                retryAt.remove(id);
                handled += done;
            }
            if (done < records.size()) { // the handler stopped: the next read starts at its failed record
                if (checkpoints.lastSequenceNumber(id).isEmpty()) {
                    retryAt.put(id, records.get(done).dynamodb().sequenceNumber());
                }
                return handled;
            }
            iterator = page.nextShardIterator();
            // An empty page is no end: GetRecords may need several calls to reach a stretch with records.
            // Only an open shard (no ending sequence number) has a present to catch up with.
            if (records.isEmpty() && iterator != null && isOpen(shard)) {
                iterators.put(id, iterator);
                return handled;
            }
        }
        checkpoints.markFinished(id); // a closed shard, read to its end: its children may start
        return handled;
    }

    /** A shard still written to: it has no ending sequence number yet. */
    private static boolean isOpen(Shard shard) {
        return shard.sequenceNumberRange() == null
                || shard.sequenceNumberRange().endingSequenceNumber() == null;
    }

    /** Where reading a shard starts: after its checkpoint, at its failed record, or at its beginning. */
    private String start(Shard shard, BatchHandler handler) {
        String id = shard.shardId();
        Optional<String> checkpoint = checkpoints.lastSequenceNumber(id);
        GetShardIteratorRequest.Builder request =
                GetShardIteratorRequest.builder().streamArn(streamArn).shardId(id);
        if (checkpoint.isPresent()) {
            request.shardIteratorType(ShardIteratorType.AFTER_SEQUENCE_NUMBER).sequenceNumber(checkpoint.get());
        } else if (retryAt.containsKey(id)) {
            request.shardIteratorType(ShardIteratorType.AT_SEQUENCE_NUMBER).sequenceNumber(retryAt.get(id));
        } else if (shard.parentShardId() != null && checkpoints.finished(shard.parentShardId())) {
            request.shardIteratorType(ShardIteratorType.TRIM_HORIZON); // a child of a shard we read: all of it is new
        } else {
            request.shardIteratorType(startAt);
        }
        try {
            return streams.getShardIterator(request.build()).shardIterator();
        } catch (TrimmedDataAccessException e) { // the position is older than 24 hours
            return trimHorizon(shard, handler);
        }
    }

    /** The oldest record the shard still holds, after telling the handler what was lost. */
    private String trimHorizon(Shard shard, BatchHandler handler) {
        String id = shard.shardId();
        handler.lost(id, checkpoints.lastSequenceNumber(id).orElse(null));
        retryAt.remove(id);
        return streams.getShardIterator(GetShardIteratorRequest.builder()
                        .streamArn(streamArn)
                        .shardId(id)
                        .shardIteratorType(ShardIteratorType.TRIM_HORIZON)
                        .build())
                .shardIterator();
    }
    // end::reader[]
}
