package com.example.dynamodb.security.exercises;

import com.example.dynamodb.security.Principal;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Exercise 07.3 Own notes (15 minutes): a repository method that takes its key from the principal.
 * Read first: README section "3. A tenant-scoped repository".
 *
 * <p>A REST API serves {@code PUT /tenants/{tenantId}/notes/{noteId}/title}. The table's partition
 * key is {@code tenantId}, the sort key {@code noteId}. Write the method behind it: it renames the
 * caller's note and returns true; it returns false when the caller has no note with that id
 * (without creating one); and when the URL names another tenant than the authenticated caller, it
 * refuses with a {@code SecurityException} and changes nothing.
 *
 * <p>Hints: the {@link Principal} is what the credentials proved; the URL is what anyone can type.
 * UpdateItem with {@code conditionExpression("attribute_exists(noteId)")} does not create an item;
 * a failed condition throws {@code ConditionalCheckFailedException}.
 *
 * <p>Done when {@code mvn test -pl 07-security -Pexercises -Dtest=OwnNotesTest} passes.
 */
public final class OwnNotes {

    private OwnNotes() {}

    public static boolean renameNote(
            DynamoDbClient client, String table, Principal caller, String tenantIdInUrl, String noteId, String title) {
        throw new UnsupportedOperationException("Exercise 07.3 Own notes: not solved yet — start in"
                + " src/exercises/java/com/example/dynamodb/security/exercises/OwnNotes.java; see README 'Exercises'");
    }
}
