package com.example.dynamodb.advanced.exercises;

import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * Exercise 05.3 Resume after a checkpoint (20 minutes). Read first: README section "2. A poller
 * that follows shard lineage and checkpoints".
 *
 * <p>A consumer saved the sequence number of the last stream record it handled (its checkpoint),
 * then stopped. Write {@link #readAfter}: the records of one shard that come <em>after</em> the
 * checkpoint, in order, up to the shard's current end; all of the shard's records when the
 * checkpoint is null. The record at the checkpoint was handled already: return it again and the
 * consumer acts twice.
 *
 * <ul>
 *   <li>Get a shard iterator with {@code streams.getShardIterator(...)}: which
 *       {@code ShardIteratorType} starts right after a sequence number, and which one at the oldest
 *       record?
 *   <li>Call {@code streams.getRecords(...)} with the iterator, then with each
 *       {@code nextShardIterator}: one call returns at most 1,000 records.
 *   <li>Stop at the first empty page: an open shard always hands out a next iterator, so waiting
 *       for none would never end. (A closed shard ends with no next iterator: stop there too.)
 * </ul>
 *
 * Done when {@code mvn test -pl 05-advanced-features -Pexercises -Dtest=ChangesSinceTest} passes.
 */
public final class ChangesSince {

    private static final String NOT_SOLVED = "Exercise 05.3 Resume after a checkpoint: not solved yet — start in"
            + " src/exercises/java/com/example/dynamodb/advanced/exercises/ChangesSince.java;"
            + " see README 'Exercises'";

    private ChangesSince() {}

    public static List<Record> readAfter(
            DynamoDbStreamsClient streams, String streamArn, String shardId, String checkpoint) {
        throw new UnsupportedOperationException(NOT_SOLVED);
    }
}
