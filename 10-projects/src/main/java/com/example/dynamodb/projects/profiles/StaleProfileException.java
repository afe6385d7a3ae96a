package com.example.dynamodb.projects.profiles;

/** Someone changed the profile since the caller read it (optimistic locking): nothing was written. */
public class StaleProfileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final long currentVersion;

    public StaleProfileException(String userId, long expectedVersion, long currentVersion) {
        super("Profile " + userId + " changed since you read it (you had version " + expectedVersion
                + ", it is now at version " + currentVersion + "); read it again and re-apply your change."
                + " Nothing was written");
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
