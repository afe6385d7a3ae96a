package com.example.dynamodb.crud.exercises;

import java.time.Instant;
import java.util.List;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbAttribute;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;

/**
 * Exercise 03.4 Read what DynamoDBMapper wrote (20 minutes). Read first: README section "15.
 * Coming from DynamoDBMapper (SDK v1)".
 *
 * <p>A subscription service runs SDK v1. Its entity, as it is in production today:
 *
 * <pre>{@code
 * @DynamoDBTable(tableName = "Subscriptions")
 * public class Subscription {
 *     @DynamoDBHashKey(attributeName = "SubscriptionId") private String id;
 *     @DynamoDBAttribute(attributeName = "Active") private boolean active;
 *     @DynamoDBAttribute(attributeName = "RenewsOn") private Date renewsOn;
 *     @DynamoDBAttribute(attributeName = "Owner") private String owner;
 *     // getters and setters
 * }
 * }</pre>
 *
 * and its table holds items such as {@code {SubscriptionId: "s-1", Active: N "1", RenewsOn: S
 * "2024-03-01T00:00:00.000Z", Owner: S "ada"}}. You move the service to SDK v2 while v1 instances
 * keep running against the same table, so both must read what the other writes.
 *
 * <ol>
 *   <li>{@link Subscription} below is the straight port: it compiles and it loads the legacy items,
 *       but it writes {@code Active} as {@code BOOL} and {@code RenewsOn} with 0 to 9 fraction
 *       digits. Map both as v1 stored them.
 *   <li>{@link #table}: the Enhanced Client's table for {@link Subscription}, named {@code name}.
 *   <li>{@link #activeRenewingBefore}: the ids, sorted, of the active subscriptions that renew
 *       strictly before {@code cutoff}: one Scan with a filter, over old and new items alike.
 * </ol>
 *
 * Done when {@code mvn test -pl 03-crud -Pexercises -Dtest=LegacySubscriptionsTest} passes.
 *
 * <p>Hints: {@code @DynamoDbConvertedBy} on a getter names an {@code AttributeConverter} class (a
 * public one with a no-argument constructor; a nested {@code public static} class will do). The
 * lesson's {@code BooleanAsNumberConverter} and {@code MillisInstantConverter} show how. A filter
 * compares stored values: build {@code :yes} and {@code :cutoff} exactly as your converters store
 * them, or the comparison silently matches nothing.
 */
public final class LegacySubscriptions {

    private static final String NOT_SOLVED = "Exercise 03.4 Read what DynamoDBMapper wrote: not solved yet — start in"
            + " src/exercises/java/com/example/dynamodb/crud/exercises/LegacySubscriptions.java; see README 'Exercises'";

    private LegacySubscriptions() {}

    /** The Enhanced Client's table for subscriptions. */
    public static DynamoDbTable<Subscription> table(DynamoDbEnhancedClient enhanced, String name) {
        throw new UnsupportedOperationException(NOT_SOLVED);
    }

    /** The ids of the active subscriptions renewing strictly before {@code cutoff}, sorted. */
    public static List<String> activeRenewingBefore(DynamoDbTable<Subscription> table, Instant cutoff) {
        throw new UnsupportedOperationException(NOT_SOLVED);
    }

    /** The v2 bean: the straight port of the v1 entity above. Fix its mapping. */
    @DynamoDbBean
    public static class Subscription {
        private String id;
        private Boolean active;
        private Instant renewsOn;
        private String owner;

        @DynamoDbPartitionKey
        @DynamoDbAttribute("SubscriptionId")
        public String getId() {
            return id;
        }

        public void setId(String id) {
            this.id = id;
        }

        @DynamoDbAttribute("Active")
        public Boolean getActive() {
            return active;
        }

        public void setActive(Boolean active) {
            this.active = active;
        }

        @DynamoDbAttribute("RenewsOn")
        public Instant getRenewsOn() {
            return renewsOn;
        }

        public void setRenewsOn(Instant renewsOn) {
            this.renewsOn = renewsOn;
        }

        @DynamoDbAttribute("Owner")
        public String getOwner() {
            return owner;
        }

        public void setOwner(String owner) {
            this.owner = owner;
        }
    }
}
