package com.example.dynamodb.projects.service;

import com.example.dynamodb.projects.profiles.Profile;
import com.example.dynamodb.projects.profiles.ProfileRepository;
import com.example.dynamodb.projects.profiles.ProfileUpdates;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The profile repository as a bean: the client and the table it was configured with, bound to the
 * store's operations ({@link ProfileRepository}, {@link ProfileUpdates}). Every write is one
 * conditional request or one transaction: it happens whole or not at all.
 */
public class ProfileStore {

    private final DynamoDbClient client;
    private final String table;

    public ProfileStore(DynamoDbClient client, String table) {
        this.client = client;
        this.table = table;
    }

    public Profile register(Profile profile) {
        return ProfileRepository.register(client, table, profile);
    }

    public Optional<Profile> get(String userId) {
        return ProfileRepository.get(client, table, userId);
    }

    public Optional<Profile> findByEmail(String email) {
        return ProfileRepository.findByEmail(client, table, email);
    }

    public Profile updateDetails(String userId, long expectedVersion, String name, String bio) {
        return ProfileUpdates.updateDetails(client, table, userId, expectedVersion, name, bio);
    }

    public Profile changeEmail(String userId, long expectedVersion, String email) {
        return ProfileUpdates.changeEmail(client, table, userId, expectedVersion, email);
    }

    public void delete(String userId, long expectedVersion) {
        ProfileRepository.delete(client, table, userId, expectedVersion);
    }
}
