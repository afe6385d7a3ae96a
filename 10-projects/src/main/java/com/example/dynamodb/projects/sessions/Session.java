package com.example.dynamodb.projects.sessions;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One login session. Times are epoch seconds, the unit DynamoDB's TTL reads: {@code expiresAt}
 * is the table's TTL attribute.
 */
public record Session(String userId, String sessionId, long createdAt, long lastSeenAt, long expiresAt) {

    public SessionToken token() {
        return new SessionToken(userId, sessionId);
    }

    /** Expired at {@code nowEpochSeconds}, whether or not TTL has deleted the item yet. */
    public boolean expiredAt(long nowEpochSeconds) {
        return expiresAt <= nowEpochSeconds;
    }

    public Map<String, AttributeValue> toItem() {
        return Map.of(
                "userId", AttributeValue.fromS(userId),
                "sessionId", AttributeValue.fromS(sessionId),
                "createdAt", AttributeValue.fromN(Long.toString(createdAt)),
                "lastSeenAt", AttributeValue.fromN(Long.toString(lastSeenAt)),
                "expiresAt", AttributeValue.fromN(Long.toString(expiresAt)));
    }

    public static Session fromItem(Map<String, AttributeValue> item) {
        return new Session(
                item.get("userId").s(),
                item.get("sessionId").s(),
                Long.parseLong(item.get("createdAt").n()),
                Long.parseLong(item.get("lastSeenAt").n()),
                Long.parseLong(item.get("expiresAt").n()));
    }

    public static Map<String, AttributeValue> key(SessionToken token) {
        return Map.of(
                "userId", AttributeValue.fromS(token.userId()), "sessionId", AttributeValue.fromS(token.sessionId()));
    }
}
