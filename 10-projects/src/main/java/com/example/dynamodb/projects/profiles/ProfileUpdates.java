package com.example.dynamodb.projects.profiles;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Changing a profile. Every change names the version the caller read (optimistic locking): a
 * change based on an old read is refused instead of silently undoing someone else's. An email
 * change also moves the reservation, in the same transaction as the profile.
 */
public final class ProfileUpdates {

    private ProfileUpdates() {}

    // tag::details[]
    /** New name and bio, if the profile is still at {@code expectedVersion}; returns the new profile. */
    public static Profile updateDetails(
            DynamoDbClient client, String table, String userId, long expectedVersion, String name, String bio) {
        String newName = Profile.requireName(name); // validated before anything is sent
        String newBio = Profile.requireBio(bio);
        try {
            Map<String, AttributeValue> updated = client.updateItem(b -> b.tableName(table)
                            .key(Profile.key(userId))
                            .updateExpression("SET #name = :name, bio = :bio, version = version + :one")
                            .conditionExpression("version = :expected")
                            .expressionAttributeNames(Map.of("#name", "name")) // NAME is a reserved word
                            .expressionAttributeValues(Map.of(
                                    ":name", AttributeValue.fromS(newName),
                                    ":bio", AttributeValue.fromS(newBio),
                                    ":one", AttributeValue.fromN("1"),
                                    ":expected", AttributeValue.fromN(Long.toString(expectedVersion))))
                            .returnValues(ReturnValue.ALL_NEW)
                            // On a failed condition, DynamoDB sends back the item as it is: no second read.
                            .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD))
                    .attributes();
            return Profile.fromItem(updated);
        } catch (ConditionalCheckFailedException e) {
            if (!e.hasItem()) {
                throw new ProfileNotFoundException(userId);
            }
            throw new StaleProfileException(
                    userId,
                    expectedVersion,
                    Long.parseLong(e.item().get("version").n()));
        }
    }
    // end::details[]

    // tag::email[]
    /** Moves the profile to a new email: profile, old and new reservation change together or not at all. */
    public static Profile changeEmail(
            DynamoDbClient client, String table, String userId, long expectedVersion, String newEmail) {
        String email = Profile.normalizeEmail(newEmail);
        GetItemResponse read =
                client.getItem(b -> b.tableName(table).key(Profile.key(userId)).consistentRead(true));
        if (!read.hasItem()) {
            throw new ProfileNotFoundException(userId);
        }
        Profile current = Profile.fromItem(read.item()); // which reservation to release
        if (current.version() != expectedVersion) {
            throw new StaleProfileException(userId, expectedVersion, current.version());
        }
        if (current.email().equals(email)) {
            return current;
        }
        Map<String, AttributeValue> reservation = new HashMap<>(Profile.emailKey(email));
        reservation.put("type", AttributeValue.fromS("EMAIL"));
        reservation.put("userId", AttributeValue.fromS(userId));
        List<TransactWriteItem> actions = List.of(
                TransactWriteItem.builder()
                        .update(u -> u.tableName(table)
                                .key(Profile.key(userId))
                                .updateExpression("SET email = :email, version = :next")
                                .conditionExpression("version = :expected")
                                .expressionAttributeValues(Map.of(
                                        ":email", AttributeValue.fromS(email),
                                        ":next", AttributeValue.fromN(Long.toString(expectedVersion + 1)),
                                        ":expected", AttributeValue.fromN(Long.toString(expectedVersion))))
                                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD))
                        .build(),
                TransactWriteItem.builder()
                        .delete(d -> d.tableName(table)
                                .key(Profile.emailKey(current.email()))
                                .conditionExpression("userId = :me") // release only our own reservation
                                .expressionAttributeValues(Map.of(":me", AttributeValue.fromS(userId))))
                        .build(),
                TransactWriteItem.builder()
                        .put(p -> p.tableName(table).item(reservation).conditionExpression("attribute_not_exists(pk)"))
                        .build());
        try {
            client.transactWriteItems(b -> b.transactItems(actions));
        } catch (TransactionCanceledException e) {
            List<CancellationReason> reasons = e.cancellationReasons(); // one per action, in order
            if ("ConditionalCheckFailed".equals(reasons.get(0).code())) {
                if (!reasons.get(0).hasItem() || reasons.get(0).item().isEmpty()) {
                    throw new ProfileNotFoundException(userId); // deleted since we read it
                }
                long now = Long.parseLong(reasons.get(0).item().get("version").n());
                throw new StaleProfileException(userId, expectedVersion, now);
            }
            if ("ConditionalCheckFailed".equals(reasons.get(2).code())) {
                throw new EmailTakenException(email);
            }
            throw e;
        }
        return new Profile(userId, email, current.name(), current.bio(), expectedVersion + 1);
    }
    // end::email[]

    static void demo(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("Profiles: optimistic locking and an email change that moves the reservation");
        DynamoDbClient client = ddb.client();
        String table = ProfilesTable.create(tables, "Profiles");
        ProfileRepository.register(client, table, Profile.create("ada", "ada@example.com", "Ada", ""));
        ProfileRepository.register(client, table, Profile.create("grace", "grace@example.com", "Grace", ""));
        Narrator.step("two editors read ada at version 1; the first saves a new bio");
        Profile saved = updateDetails(client, table, "ada", 1, "Ada Lovelace", "First programmer");
        Narrator.show("saved, now at version", saved.version());
        try {
            updateDetails(client, table, "ada", 1, "Ada L.", "");
        } catch (StaleProfileException e) {
            Narrator.step("the second editor's save: " + e.getMessage());
        }
        Profile moved = changeEmail(client, table, "ada", saved.version(), "countess@example.com");
        Narrator.step("ada changes her email -> version " + moved.version()
                + "; ada@example.com is free again, countess@example.com is reserved:");
        Narrator.items(client.scanPaginator(b -> b.tableName(table)).items().stream()
                .filter(i -> i.get("pk").s().startsWith("EMAIL#"))
                .toList());
        try {
            changeEmail(client, table, "grace", 1, "Countess@Example.com");
        } catch (EmailTakenException e) {
            Narrator.step("grace tries the same address: " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        Walkthroughs.run(ProfileUpdates::demo);
    }
}
