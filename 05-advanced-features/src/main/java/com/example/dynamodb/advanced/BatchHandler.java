package com.example.dynamodb.advanced;

import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.Record;

// tag::handler[]
/** What a stream consumer does with the records of one shard, batch by batch, in stream order. */
@FunctionalInterface
public interface BatchHandler {

    /** Handles a batch of one shard; returns how many records, from the first, are done. */
    int handle(String shardId, List<Record> records);

    /**
     * Records of {@code shardId} after {@code lastHandled} (null: from the shard's start) were
     * trimmed, being older than 24 hours, before they were read: they are gone. Reading goes on at
     * the oldest record the shard still holds. Override it to alert; the default logs a warning.
     */
    default void lost(String shardId, String lastHandled) {
        System.getLogger(BatchHandler.class.getName())
                .log(
                        System.Logger.Level.WARNING,
                        "Shard {0}: records after {1} were trimmed (older than 24 hours) before they were read",
                        shardId,
                        lastHandled == null ? "its start" : lastHandled);
    }
}
// end::handler[]
