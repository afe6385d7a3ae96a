package com.example.dynamodb.advanced;

import java.util.Optional;

// tag::checkpoints[]
/**
 * Where a stream consumer stands in each shard: the last sequence number it handled, and whether it
 * read the shard to its end. Keep it durable (a DynamoDB table) in production, as the Kinesis Client
 * Library does with its lease table.
 */
public interface Checkpoints {
    Optional<String> lastSequenceNumber(String shardId);

    void save(String shardId, String sequenceNumber);

    boolean finished(String shardId);

    void markFinished(String shardId);
}
// end::checkpoints[]
