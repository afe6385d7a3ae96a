package com.example.dynamodb.projects.sessions;

import java.util.regex.Pattern;

/**
 * What the browser holds, e.g. in a cookie: {@code "<userId>.<sessionId>"}. It carries the item's
 * whole primary key, so every request finds its session with one GetItem, and a user's sessions
 * are one Query, with no index. The session id is 128 random bits: the secret part.
 */
public record SessionToken(String userId, String sessionId) {

    private static final Pattern USER_ID = Pattern.compile("[a-z0-9_-]{1,64}");
    private static final Pattern SESSION_ID = Pattern.compile("[A-Za-z0-9_-]{22}"); // 16 bytes, Base64url

    public SessionToken {
        requireUserId(userId);
        if (sessionId == null || !SESSION_ID.matcher(sessionId).matches()) {
            throw new IllegalArgumentException("Not a session token issued by this service");
        }
    }

    /** Parses a token from a request; anything malformed is refused with one clear sentence. */
    public static SessionToken parse(String token) {
        int dot = token == null ? -1 : token.indexOf('.');
        if (dot < 0) {
            throw new IllegalArgumentException("Not a session token issued by this service");
        }
        try {
            return new SessionToken(token.substring(0, dot), token.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Not a session token issued by this service");
        }
    }

    public static String requireUserId(String userId) {
        if (userId == null || !USER_ID.matcher(userId).matches()) {
            throw new IllegalArgumentException(
                    "user id '" + userId + "' must be 1 to 64 lower-case letters, digits, '_' or '-'");
        }
        return userId;
    }

    @Override
    public String toString() {
        return userId + "." + sessionId;
    }
}
