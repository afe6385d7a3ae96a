package com.example.dynamodb.projects.exercises;

import com.example.dynamodb.projects.iot.StatusMessage;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Exercise 10.2 Only a newer status wins (15 minutes). Read first:
 *
 * <p>Store a device's latest status, where only a NEWER message
 * may replace the stored one. Messages arrive late and out of order; an older one must be ignored.
 *
 * <p>The table's key is {@code deviceId} (a string); a registered device is an item with at least
 * {@code deviceId}. Write one {@code UpdateItem} that sets {@code status} ("ONLINE" or
 * "OFFLINE"), {@code battery} (a number) and {@code lastMessageAt} (the message's
 * {@code sentAt().toEpochMilli()}), and only succeeds when
 *
 * <ul>
 *   <li>the device is registered, and
 *   <li>it has no status yet, or its {@code lastMessageAt} is older than this message's.
 * </ul>
 *
 * Return {@code true} if the status was stored, {@code false} if the message was older (or as old)
 * and ignored. For a device that is not registered, throw an {@code IllegalArgumentException}
 * whose message is {@code "device <id> is not registered"}.
 *
 * <p>Done when {@code mvn test -pl 10-projects -Pexercises -Dtest=LatestStatusTest} passes.
 *
 * <p>Hints: {@code status} is a reserved word (use {@code #status}); with
 * {@code ReturnValuesOnConditionCheckFailure.ALL_OLD} the {@code ConditionalCheckFailedException}
 * carries the stored item, or none if there was no item.
 */
public final class LatestStatus {

    private LatestStatus() {}

    public static boolean apply(DynamoDbClient client, String table, StatusMessage message) {
        throw new UnsupportedOperationException("Exercise 10.2 Only a newer status wins: not solved yet — start in"
                + " src/exercises/java/com/example/dynamodb/projects/exercises/LatestStatus.java;"
                + " see README 'Exercises'");
    }
}
