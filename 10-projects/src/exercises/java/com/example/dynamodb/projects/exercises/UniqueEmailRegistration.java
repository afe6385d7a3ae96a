package com.example.dynamodb.projects.exercises;

import com.example.dynamodb.projects.profiles.EmailTakenException;
import com.example.dynamodb.projects.profiles.Profile;
import com.example.dynamodb.projects.profiles.UserIdTakenException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Exercise 10.1 A unique email, by transaction (20 minutes). Read first: README section "1. User profiles".
 *
 * <p>Register a profile so that no two profiles can ever share an
 * email, however close together two sign-ups arrive.
 *
 * <p>The table has one key attribute, {@code pk} (a string). Write, in ONE {@code TransactWriteItems}
 * call, two items:
 *
 * <ul>
 *   <li>the profile: {@code profile.toItem()} (its pk is {@code "USER#" + userId});
 *   <li>the email reservation: {@code pk = "EMAIL#" + profile.email()}, {@code type = "EMAIL"},
 *       {@code userId = profile.userId()}.
 * </ul>
 *
 * Neither may overwrite an existing item. When the transaction is cancelled, its
 * {@code TransactionCanceledException} lists one reason per action, in order: throw
 * {@link UserIdTakenException} if the profile's condition failed, {@link EmailTakenException} if the
 * reservation's did, and rethrow anything else.
 *
 * <p>Done when {@code mvn test -pl 10-projects -Pexercises -Dtest=UniqueEmailRegistrationTest} passes.
 *
 * <p>Hints: a condition that a key does not exist yet is {@code attribute_not_exists(pk)}; a
 * failed condition has the reason code {@code "ConditionalCheckFailed"}.
 */
public final class UniqueEmailRegistration {

    private UniqueEmailRegistration() {}

    public static void register(DynamoDbClient client, String table, Profile profile) {
        throw new UnsupportedOperationException(
                "Exercise 10.1 A unique email, by transaction: not solved yet — start in"
                        + " src/exercises/java/com/example/dynamodb/projects/exercises/UniqueEmailRegistration.java;"
                        + " see README 'Exercises'");
    }
}
