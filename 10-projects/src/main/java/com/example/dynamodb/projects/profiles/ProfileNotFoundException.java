package com.example.dynamodb.projects.profiles;

/** No profile has this user id. */
public class ProfileNotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ProfileNotFoundException(String userId) {
        super("No profile with user id " + userId);
    }
}
