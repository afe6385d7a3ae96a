package com.example.dynamodb.crud.exercises;

import java.time.Clock;
import java.time.Duration;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClientExtension;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbExtensionContext;
import software.amazon.awssdk.enhanced.dynamodb.extensions.WriteModification;

/**
 * Exercise 03.3 Expiry stamp (20 minutes). Read first: README sections "12. What the Enhanced
 * Client's extensions write" and "14. An extension of your own".
 *
 * <p>Sessions, carts, one-time codes: items that should go away on their own. DynamoDB's Time to
 * Live (module 05) deletes an item some time after the moment held in its TTL attribute, and that
 * attribute must be a Number of epoch <b>seconds</b>. Write an Enhanced Client extension that stamps
 * it on every put and update, so that no caller can forget:
 *
 * <ul>
 *   <li>{@code expiresAt} = the clock's now + {@code lifetime}, in whole epoch seconds, as a Number;
 *   <li>an item that already carries an {@code expiresAt} (the caller chose one) keeps it;
 *   <li>each update stamps again, so a session that is saved stays alive (a sliding expiry);
 *   <li>the constructor refuses a null clock, and a lifetime that is null, zero or negative, with an
 *       {@code IllegalArgumentException} whose message names the lifetime or the clock.
 * </ul>
 *
 * Done when {@code mvn test -pl 03-crud -Pexercises -Dtest=ExpiryStampTest} passes.
 *
 * <p>Hints: {@code context.items()} is the item about to be written, and it is unmodifiable: copy it
 * into a {@code HashMap}, put the attribute, and return
 * {@code WriteModification.builder().transformedItem(copy).build()}. In an {@code updateItem} that
 * does not ignore nulls, a null field of the bean arrives as {@code {"NULL": true}}
 * ({@code value.nul()} is true), not as a missing key: treat it as missing. {@code
 * Instant.getEpochSecond()}.
 */
public final class ExpiryStamp implements DynamoDbEnhancedClientExtension {

    /** The TTL attribute this extension stamps. */
    public static final String ATTRIBUTE = "expiresAt";

    private static final String NOT_SOLVED = "Exercise 03.3 Expiry stamp: not solved yet — start in"
            + " src/exercises/java/com/example/dynamodb/crud/exercises/ExpiryStamp.java; see README 'Exercises'";

    /** Items written through this extension expire {@code lifetime} after {@code clock}'s now. */
    public ExpiryStamp(Clock clock, Duration lifetime) {
        throw new UnsupportedOperationException(NOT_SOLVED);
    }

    @Override
    public WriteModification beforeWrite(DynamoDbExtensionContext.BeforeWrite context) {
        throw new UnsupportedOperationException(NOT_SOLVED);
    }
}
