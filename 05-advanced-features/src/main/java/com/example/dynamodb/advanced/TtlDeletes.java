package com.example.dynamodb.advanced;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Identity;
import software.amazon.awssdk.services.dynamodb.model.Record;

/**
 * Telling Time to Live deletions from deletes your users made, in the table's stream, and archiving
 * what TTL deleted. AWS documents the shape of a TTL deletion: a REMOVE record whose
 * {@code userIdentity} is the DynamoDB service ("DynamoDB Streams and Time to Live", Amazon DynamoDB
 * Developer Guide). DynamoDB Local 3.3.1 marks it its own way (see the README and TtlDeletesTest):
 * the check below follows AWS only, so that no unknown kind of record is ever archived as expired.
 */
public final class TtlDeletes {

    private TtlDeletes() {}

    // tag::ttl-deletes[]
    public enum Deletion {
        NONE,
        USER,
        TTL
    }

    /**
     * Whether a stream record is a deletion, and who made it: TTL deletes are REMOVE records by the
     * DynamoDB service itself. Anything but a REMOVE, an event type this code does not know included,
     * is not a deletion. In a global table only the Region where the item expired sees the identity:
     * the replicated deletes in the other Regions carry none, so there they count as USER.
     */
    public static Deletion deletion(Record record) {
        if (!"REMOVE".equals(record.eventNameAsString())) {
            return Deletion.NONE;
        }
        Identity identity = record.userIdentity();
        boolean byTtl = identity != null
                && "Service".equals(identity.type())
                && "dynamodb.amazonaws.com".equals(identity.principalId());
        return byTtl ? Deletion.TTL : Deletion.USER;
    }

    /** Copies every item TTL deleted into {@code archiveTable}; returns how many. Needs old images. */
    public static int archiveExpired(DynamoDbClient client, String archiveTable, List<Record> records) {
        int archived = 0;
        for (Record record : records) {
            if (deletion(record) != Deletion.TTL) {
                continue; // a user's delete was meant, or not a delete at all: nothing to keep
            }
            if (!record.dynamodb().hasOldImage()) {
                throw new IllegalStateException("A TTL deletion record without the old item: set the stream's"
                        + " view type to OLD_IMAGE or NEW_AND_OLD_IMAGES to archive expired items");
            }
            Map<String, AttributeValue> expired = record.dynamodb().oldImage();
            client.putItem(b -> b.tableName(archiveTable).item(expired));
            archived++;
        }
        return archived;
    }
    // end::ttl-deletes[]
}
