package com.example.dynamodb.crud.exercises;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClientExtension;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbExtensionContext;
import software.amazon.awssdk.enhanced.dynamodb.extensions.WriteModification;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A plausible wrong solution of exercise 03.3: it stamps epoch MILLISECONDS, the unit Java hands out
 * most readily ({@code clock.millis()}). DynamoDB's TTL reads the number as seconds, so every item
 * would "expire" tens of thousands of years from now: nothing is ever deleted, and no error says so.
 * It also takes a {@code {"NULL": true}} value for a chosen expiry. The tests must catch it.
 */
public final class ExpiryStamp implements DynamoDbEnhancedClientExtension {

    /** The TTL attribute this extension stamps. */
    public static final String ATTRIBUTE = "expiresAt";

    private final Clock clock;
    private final Duration lifetime;

    /** Items written through this extension expire {@code lifetime} after {@code clock}'s now. */
    public ExpiryStamp(Clock clock, Duration lifetime) {
        if (clock == null) {
            throw new IllegalArgumentException("An ExpiryStamp needs a clock to tell the time; got null.");
        }
        if (lifetime == null || lifetime.isZero() || lifetime.isNegative()) {
            throw new IllegalArgumentException("An expiry lifetime must be positive; got: " + lifetime);
        }
        this.clock = clock;
        this.lifetime = lifetime;
    }

    @Override
    public WriteModification beforeWrite(DynamoDbExtensionContext.BeforeWrite context) {
        if (context.items().containsKey(ATTRIBUTE)) {
            return WriteModification.builder().build();
        }
        Map<String, AttributeValue> item = new HashMap<>(context.items());
        item.put(ATTRIBUTE, AttributeValue.fromN(Long.toString(clock.millis() + lifetime.toMillis())));
        return WriteModification.builder().transformedItem(item).build();
    }
}
