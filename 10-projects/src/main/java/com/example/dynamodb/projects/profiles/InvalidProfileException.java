package com.example.dynamodb.projects.profiles;

/** Input that can never become a profile (bad email, missing name, oversize field): nothing was written. */
public class InvalidProfileException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidProfileException(String problem) {
        super("Invalid profile: " + problem);
    }
}
