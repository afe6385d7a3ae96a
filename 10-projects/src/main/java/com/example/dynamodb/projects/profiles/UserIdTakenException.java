package com.example.dynamodb.projects.profiles;

/** A profile with this user id exists already: nothing was written. */
public class UserIdTakenException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UserIdTakenException(String userId) {
        super("The user id " + userId + " is taken; choose another one. Nothing was written");
    }
}
