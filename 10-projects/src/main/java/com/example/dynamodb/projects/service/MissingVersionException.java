package com.example.dynamodb.projects.service;

/** A change came without {@code If-Match}: the API will not guess which version it was based on. */
public class MissingVersionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MissingVersionException() {
        super("This change needs the header If-Match with the ETag of the profile you read"
                + " (GET /profiles/{userId} returns it), so that it cannot undo a change you have not seen;"
                + " nothing was written");
    }
}
