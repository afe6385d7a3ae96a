package com.example.dynamodb.techniques;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.Shard;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamDescription;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * Reads what a table's stream holds now, every shard from its oldest record: a closed shard to its
 * end, an open one up to its present. In production an AWS Lambda event source mapping (or the
 * Kinesis Client Library) does this, keeps a checkpoint, and hands the records to your code in
 * batches; it also retries a failed batch, which is why the processor that consumes these records
 * must be idempotent. A consumer that keeps polling open shards is 05-advanced-features'
 * {@code StreamPoller}.
 */
public final class StreamReader {

    private StreamReader() {}

    // tag::read[]
    public static List<Record> readAll(DynamoDbStreamsClient streams, String streamArn) {
        List<Shard> shards = new ArrayList<>();
        String lastShard = null;
        do { // DescribeStream pages its shard list
            String start = lastShard;
            StreamDescription description = streams.describeStream(
                            b -> b.streamArn(streamArn).exclusiveStartShardId(start))
                    .streamDescription();
            shards.addAll(description.shards());
            lastShard = description.lastEvaluatedShardId();
        } while (lastShard != null);

        List<Record> records = new ArrayList<>();
        for (Shard shard : parentsFirst(shards)) { // an item's older records are in the parent shard
            String iterator = streams.getShardIterator(b -> b.streamArn(streamArn)
                            .shardId(shard.shardId())
                            .shardIteratorType(ShardIteratorType.TRIM_HORIZON))
                    .shardIterator();
            // An empty page is no end: GetRecords may need several calls to reach a stretch with records.
            // A closed shard ends when no next iterator comes back. An open shard always returns one:
            // there an empty page is taken as the present (the next records are not written yet).
            boolean open = shard.sequenceNumberRange() == null
                    || shard.sequenceNumberRange().endingSequenceNumber() == null;
            while (iterator != null) {
                String current = iterator;
                GetRecordsResponse page = streams.getRecords(b -> b.shardIterator(current));
                records.addAll(page.records());
                iterator = open && page.records().isEmpty() ? null : page.nextShardIterator();
            }
        }
        return records;
    }

    /** DescribeStream lists shards in no promised order: put every parent before its children. */
    static List<Shard> parentsFirst(List<Shard> shards) {
        Set<String> listed = new HashSet<>();
        shards.forEach(shard -> listed.add(shard.shardId()));
        List<Shard> ordered = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        int before;
        do { // each pass places the shards whose parent is placed, expired (not listed) or absent
            before = placed.size();
            for (Shard shard : shards) {
                String parent = shard.parentShardId();
                boolean parentDone = parent == null || !listed.contains(parent) || placed.contains(parent);
                if (parentDone && placed.add(shard.shardId())) {
                    ordered.add(shard);
                }
            }
        } while (placed.size() > before);
        return ordered;
    }
    // end::read[]
}
