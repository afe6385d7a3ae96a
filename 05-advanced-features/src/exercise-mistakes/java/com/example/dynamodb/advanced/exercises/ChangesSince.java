package com.example.dynamodb.advanced.exercises;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.GetShardIteratorRequest;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * A plausible wrong answer to exercise 05.3: it resumes AT the checkpoint, so the record that was
 * handled last is handed back, and handled, a second time.
 */
public final class ChangesSince {

    private ChangesSince() {}

    public static List<Record> readAfter(
            DynamoDbStreamsClient streams, String streamArn, String shardId, String checkpoint) {
        GetShardIteratorRequest.Builder start =
                GetShardIteratorRequest.builder().streamArn(streamArn).shardId(shardId);
        if (checkpoint == null) {
            start.shardIteratorType(ShardIteratorType.TRIM_HORIZON);
        } else {
            start.shardIteratorType(ShardIteratorType.AT_SEQUENCE_NUMBER).sequenceNumber(checkpoint);
        }
        String iterator = streams.getShardIterator(start.build()).shardIterator();
        List<Record> records = new ArrayList<>();
        while (iterator != null) {
            String current = iterator;
            GetRecordsResponse page = streams.getRecords(b -> b.shardIterator(current));
            if (page.records().isEmpty()) {
                break;
            }
            records.addAll(page.records());
            iterator = page.nextShardIterator();
        }
        return records;
    }
}
