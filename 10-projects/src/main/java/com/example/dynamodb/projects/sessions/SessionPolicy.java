package com.example.dynamodb.projects.sessions;

import java.time.Duration;

/**
 * How long a session lives: it ends after {@code idleTimeout} without use, and at the latest
 * {@code maxLifetime} after login, however busy it is.
 */
public record SessionPolicy(Duration idleTimeout, Duration maxLifetime) {

    public SessionPolicy {
        if (idleTimeout == null || idleTimeout.toSeconds() < 1) {
            throw new IllegalArgumentException("idleTimeout must be at least one second, got " + idleTimeout);
        }
        if (maxLifetime == null || maxLifetime.compareTo(idleTimeout) < 0) {
            throw new IllegalArgumentException(
                    "maxLifetime (" + maxLifetime + ") must be at least idleTimeout (" + idleTimeout + ")");
        }
    }

    /** 30 minutes idle, 12 hours at most: a common choice for a web application. */
    public static SessionPolicy standard() {
        return new SessionPolicy(Duration.ofMinutes(30), Duration.ofHours(12));
    }
}
