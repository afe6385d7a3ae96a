package com.example.dynamodb.projects.profiles;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * The profile store's create, read and delete. A profile's email is unique because registering
 * writes two items in one transaction: the profile and an {@code EMAIL#} reservation item, each
 * on the condition that its key is new. Two sign-ups with one email cannot both succeed, however
 * close together they come.
 */
public final class ProfileRepository {

    private ProfileRepository() {}

    // tag::register[]
    /** Writes a new profile and reserves its email, both or neither. */
    public static Profile register(DynamoDbClient client, String table, Profile profile) {
        if (profile.version() != 1) {
            throw new IllegalArgumentException("A new profile starts at version 1, got " + profile.version());
        }
        Map<String, AttributeValue> reservation = new HashMap<>(Profile.emailKey(profile.email()));
        reservation.put("type", AttributeValue.fromS("EMAIL"));
        reservation.put("userId", AttributeValue.fromS(profile.userId()));
        TransactWriteItemsRequest request = TransactWriteItemsRequest.builder()
                .transactItems(
                        TransactWriteItem.builder()
                                .put(p -> p.tableName(table)
                                        .item(profile.toItem())
                                        .conditionExpression("attribute_not_exists(pk)"))
                                .build(),
                        TransactWriteItem.builder()
                                .put(p -> p.tableName(table)
                                        .item(reservation)
                                        .conditionExpression("attribute_not_exists(pk)"))
                                .build())
                .build();
        for (int attempt = 1; ; attempt++) {
            try {
                client.transactWriteItems(request);
                return profile;
            } catch (TransactionCanceledException e) {
                List<CancellationReason> reasons = e.cancellationReasons(); // one per action, in order
                if ("ConditionalCheckFailed".equals(reasons.get(0).code())) {
                    throw new UserIdTakenException(profile.userId());
                }
                if ("ConditionalCheckFailed".equals(reasons.get(1).code())) {
                    throw new EmailTakenException(profile.email());
                }
                boolean conflict = reasons.stream().anyMatch(r -> "TransactionConflict".equals(r.code()));
                if (!conflict || attempt == 3) {
                    throw e;
                }
                // Another transaction held one of these items at that moment: run again, the conditions decide.
            }
        }
    }
    // end::register[]

    // tag::lookup[]
    /** The profile of a user id; read strongly consistent, so a write just made is seen. */
    public static Optional<Profile> get(DynamoDbClient client, String table, String userId) {
        GetItemResponse response =
                client.getItem(b -> b.tableName(table).key(Profile.key(userId)).consistentRead(true));
        return response.hasItem() ? Optional.of(Profile.fromItem(response.item())) : Optional.empty();
    }

    /** The profile holding an email: the reservation names the user, then one more GetItem. */
    public static Optional<Profile> findByEmail(DynamoDbClient client, String table, String email) {
        GetItemResponse reservation = client.getItem(
                b -> b.tableName(table).key(Profile.emailKey(email)).consistentRead(true));
        if (!reservation.hasItem()) {
            return Optional.empty();
        }
        return get(client, table, reservation.item().get("userId").s());
    }
    // end::lookup[]

    /** Deletes the profile at {@code expectedVersion} and releases its email, both or neither. */
    public static void delete(DynamoDbClient client, String table, String userId, long expectedVersion) {
        Profile current = get(client, table, userId).orElseThrow(() -> new ProfileNotFoundException(userId));
        if (current.version() != expectedVersion) {
            throw new StaleProfileException(userId, expectedVersion, current.version());
        }
        try {
            client.transactWriteItems(b -> b.transactItems(
                    TransactWriteItem.builder()
                            .delete(d -> d.tableName(table)
                                    .key(Profile.key(userId))
                                    .conditionExpression("version = :v")
                                    .expressionAttributeValues(
                                            Map.of(":v", AttributeValue.fromN(Long.toString(expectedVersion)))))
                            .build(),
                    TransactWriteItem.builder()
                            .delete(d -> d.tableName(table)
                                    .key(Profile.emailKey(current.email()))
                                    .conditionExpression("userId = :u")
                                    .expressionAttributeValues(Map.of(":u", AttributeValue.fromS(userId))))
                            .build()));
        } catch (TransactionCanceledException e) {
            if (!"ConditionalCheckFailed".equals(e.cancellationReasons().get(0).code())) {
                throw e;
            }
            // Changed or deleted between our read and the delete: say which.
            Profile now = get(client, table, userId).orElseThrow(() -> new ProfileNotFoundException(userId));
            throw new StaleProfileException(userId, expectedVersion, now.version());
        }
    }

    static void demo(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("Profiles: register with a unique email, look up, delete");
        DynamoDbClient client = ddb.client();
        String table = ProfilesTable.create(tables, "Profiles");
        register(client, table, Profile.create("ada", "Ada@Example.com", "Ada Lovelace", "Analyst of engines"));
        Narrator.step("registered ada with Ada@Example.com: two items written in one transaction");
        Narrator.items(
                client.scanPaginator(b -> b.tableName(table)).items().stream().toList());
        try {
            register(client, table, Profile.create("grace", "ada@example.com", "Grace", ""));
        } catch (EmailTakenException e) {
            Narrator.step("grace with the same email: " + e.getMessage());
        }
        try {
            register(client, table, Profile.create("grace", "grace-at-example.com", "Grace", ""));
        } catch (InvalidProfileException e) {
            Narrator.step("grace with a bad email: " + e.getMessage());
        }
        Narrator.step("findByEmail(\"ADA@example.com\") -> "
                + findByEmail(client, table, "ADA@example.com")
                        .map(Profile::userId)
                        .orElse("(none)"));
        delete(client, table, "ada", 1);
        Narrator.step("deleted ada at version 1: profile and reservation gone, items left: "
                + client.scan(b -> b.tableName(table)).count());
    }

    public static void main(String[] args) {
        Walkthroughs.run(ProfileRepository::demo);
    }
}
