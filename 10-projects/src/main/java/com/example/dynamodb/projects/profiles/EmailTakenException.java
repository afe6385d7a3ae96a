package com.example.dynamodb.projects.profiles;

/** Another profile holds this email: the write was cancelled as a whole, nothing changed. */
public class EmailTakenException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public EmailTakenException(String email) {
        super("The email " + email + " is already used by another profile; nothing was written");
    }
}
