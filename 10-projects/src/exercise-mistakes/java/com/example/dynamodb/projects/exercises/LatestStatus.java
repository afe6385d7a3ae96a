package com.example.dynamodb.projects.exercises;

import com.example.dynamodb.projects.iot.StatusMessage;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;

/**
 * Exercise 10.2, a plausible mistake: "newer than the stored one" without "or there is none yet",
 * so a device's first status is refused and every later one with it.
 */
public final class LatestStatus {

    private LatestStatus() {}

    public static boolean apply(DynamoDbClient client, String table, StatusMessage message) {
        try {
            client.updateItem(b -> b.tableName(table)
                    .key(Map.of("deviceId", AttributeValue.fromS(message.deviceId())))
                    .updateExpression("SET #status = :status, battery = :battery, lastMessageAt = :ts")
                    .conditionExpression("attribute_exists(deviceId) AND lastMessageAt < :ts")
                    .expressionAttributeNames(Map.of("#status", "status"))
                    .expressionAttributeValues(Map.of(
                            ":status", AttributeValue.fromS(message.online() ? "ONLINE" : "OFFLINE"),
                            ":battery", AttributeValue.fromN(Integer.toString(message.battery())),
                            ":ts",
                                    AttributeValue.fromN(
                                            Long.toString(message.sentAt().toEpochMilli()))))
                    .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD));
            return true;
        } catch (ConditionalCheckFailedException e) {
            if (!e.hasItem() || e.item().isEmpty()) {
                throw new IllegalArgumentException("device " + message.deviceId() + " is not registered");
            }
            return false;
        }
    }
}
