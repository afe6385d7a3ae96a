package com.example.dynamodb.advanced.exercises;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.GetShardIteratorRequest;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/** Reference solution of exercise 05.3 Resume after a checkpoint. */
public final class ChangesSince {

    private ChangesSince() {}

    public static List<Record> readAfter(
            DynamoDbStreamsClient streams, String streamArn, String shardId, String checkpoint) {
        GetShardIteratorRequest.Builder start =
                GetShardIteratorRequest.builder().streamArn(streamArn).shardId(shardId);
        if (checkpoint == null) {
            start.shardIteratorType(ShardIteratorType.TRIM_HORIZON);
        } else {
            // AFTER, not AT: the record at the checkpoint was handled already.
            start.shardIteratorType(ShardIteratorType.AFTER_SEQUENCE_NUMBER).sequenceNumber(checkpoint);
        }
        String iterator = streams.getShardIterator(start.build()).shardIterator();
        List<Record> records = new ArrayList<>();
        while (iterator != null) {
            String current = iterator;
            GetRecordsResponse page = streams.getRecords(b -> b.shardIterator(current));
            if (page.records().isEmpty()) {
                break; // caught up with an open shard
            }
            records.addAll(page.records());
            iterator = page.nextShardIterator(); // null at the end of a closed shard
        }
        return records;
    }
}
