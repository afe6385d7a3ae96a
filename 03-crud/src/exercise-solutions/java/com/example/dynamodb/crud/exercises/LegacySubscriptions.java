package com.example.dynamodb.crud.exercises;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.List;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.enhanced.dynamodb.AttributeValueType;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbAttribute;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbConvertedBy;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Reference solution of exercise 03.4 Read what DynamoDBMapper wrote. */
public final class LegacySubscriptions {

    private LegacySubscriptions() {}

    public static DynamoDbTable<Subscription> table(DynamoDbEnhancedClient enhanced, String name) {
        return enhanced.table(name, TableSchema.fromBean(Subscription.class));
    }

    public static List<String> activeRenewingBefore(DynamoDbTable<Subscription> table, Instant cutoff) {
        Expression filter = Expression.builder()
                .expression("Active = :yes AND RenewsOn < :cutoff")
                // The values as the converters store them: N "1", and the same fixed-width string.
                .putExpressionValue(":yes", new ActiveAsNumber().transformFrom(true))
                .putExpressionValue(":cutoff", new InstantAsV1Date().transformFrom(cutoff))
                .build();
        return table.scan(r -> r.filterExpression(filter)).items().stream() // items(): every page
                .map(Subscription::getId)
                .sorted()
                .toList();
    }

    /** v1 stored a boolean as N "1" / N "0". */
    public static class ActiveAsNumber implements AttributeConverter<Boolean> {
        @Override
        public AttributeValue transformFrom(Boolean input) {
            return AttributeValue.fromN(input ? "1" : "0");
        }

        @Override
        public Boolean transformTo(AttributeValue input) {
            if (input.bool() != null) {
                return input.bool();
            }
            if (!"0".equals(input.n()) && !"1".equals(input.n())) {
                throw new IllegalArgumentException("Active must be N 0/1 or BOOL, found " + input);
            }
            return "1".equals(input.n());
        }

        @Override
        public EnhancedType<Boolean> type() {
            return EnhancedType.of(Boolean.class);
        }

        @Override
        public AttributeValueType attributeValueType() {
            return AttributeValueType.N;
        }
    }

    /** v1 stored a Date as a UTC string with exactly three fraction digits. */
    public static class InstantAsV1Date implements AttributeConverter<Instant> {
        private static final DateTimeFormatter MILLIS =
                new DateTimeFormatterBuilder().appendInstant(3).toFormatter();

        @Override
        public AttributeValue transformFrom(Instant input) {
            return AttributeValue.fromS(MILLIS.format(input));
        }

        @Override
        public Instant transformTo(AttributeValue input) {
            return Instant.parse(input.s());
        }

        @Override
        public EnhancedType<Instant> type() {
            return EnhancedType.of(Instant.class);
        }

        @Override
        public AttributeValueType attributeValueType() {
            return AttributeValueType.S;
        }
    }

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
        @DynamoDbConvertedBy(ActiveAsNumber.class)
        public Boolean getActive() {
            return active;
        }

        public void setActive(Boolean active) {
            this.active = active;
        }

        @DynamoDbAttribute("RenewsOn")
        @DynamoDbConvertedBy(InstantAsV1Date.class)
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
