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

/**
 * A plausible wrong solution of exercise 03.4: RenewsOn got its converter, but Active was left on
 * v2's default, because the legacy items loaded fine (v2 reads N 0/1 as a boolean). New items
 * are stored as BOOL; v1 code reads them too, so nothing looks wrong, but the filter's N "1" never
 * equals BOOL true: every subscription saved since the move drops out of the report.
 */
public final class LegacySubscriptions {

    private LegacySubscriptions() {}

    public static DynamoDbTable<Subscription> table(DynamoDbEnhancedClient enhanced, String name) {
        return enhanced.table(name, TableSchema.fromBean(Subscription.class));
    }

    public static List<String> activeRenewingBefore(DynamoDbTable<Subscription> table, Instant cutoff) {
        Expression filter = Expression.builder()
                .expression("Active = :yes AND RenewsOn < :cutoff")
                .putExpressionValue(":yes", AttributeValue.fromN("1")) // what the table holds
                .putExpressionValue(":cutoff", new InstantAsV1Date().transformFrom(cutoff))
                .build();
        return table.scan(r -> r.filterExpression(filter)).items().stream() // items(): every page
                .map(Subscription::getId)
                .sorted()
                .toList();
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

        @DynamoDbAttribute("Active") // "it reads the old items already"
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
