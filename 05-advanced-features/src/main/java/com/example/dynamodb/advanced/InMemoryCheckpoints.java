package com.example.dynamodb.advanced;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checkpoints kept in memory: enough for a demo, a test, or a consumer that may re-read the stream
 * from its start after a restart. A production consumer stores them in a table (the Kinesis Client
 * Library keeps a lease table in DynamoDB for exactly this).
 */
public final class InMemoryCheckpoints implements Checkpoints {

    private final Map<String, String> sequenceNumbers = new ConcurrentHashMap<>();
    private final Set<String> finished = ConcurrentHashMap.newKeySet();

    @Override
    public Optional<String> lastSequenceNumber(String shardId) {
        return Optional.ofNullable(sequenceNumbers.get(shardId));
    }

    @Override
    public void save(String shardId, String sequenceNumber) {
        sequenceNumbers.put(shardId, sequenceNumber);
    }

    @Override
    public boolean finished(String shardId) {
        return finished.contains(shardId);
    }

    @Override
    public void markFinished(String shardId) {
        finished.add(shardId);
    }

    /** The last sequence number handled in each shard, by shard id. */
    public Map<String, String> positions() {
        return new TreeMap<>(sequenceNumbers);
    }
}
