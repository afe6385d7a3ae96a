package com.example.dynamodb.crud.exercises;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClientExtension;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbExtensionContext;
import software.amazon.awssdk.enhanced.dynamodb.extensions.WriteModification;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The reference solution of exercise 03.3: a TTL attribute in epoch seconds on every put and update. */
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
            throw new IllegalArgumentException(
                    "An expiry lifetime must be positive, like Duration.ofMinutes(30); got: " + lifetime);
        }
        this.clock = clock;
        this.lifetime = lifetime;
    }

    @Override
    public WriteModification beforeWrite(DynamoDbExtensionContext.BeforeWrite context) {
        AttributeValue chosen = context.items().get(ATTRIBUTE);
        if (chosen != null && !Boolean.TRUE.equals(chosen.nul())) {
            return WriteModification.builder().build(); // the caller set one: keep it
        }
        Map<String, AttributeValue> item = new HashMap<>(context.items());
        long expiresAt = clock.instant().plus(lifetime).getEpochSecond(); // TTL reads epoch SECONDS
        item.put(ATTRIBUTE, AttributeValue.fromN(Long.toString(expiresAt)));
        return WriteModification.builder().transformedItem(item).build();
    }
}
