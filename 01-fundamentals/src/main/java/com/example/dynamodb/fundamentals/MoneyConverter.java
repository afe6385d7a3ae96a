package com.example.dynamodb.fundamentals;

import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.enhanced.dynamodb.AttributeValueType;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Stores {@link Money} as a DynamoDB Number of cents: {@code {"N": "1999"}}. */
// tag::converter[]
public final class MoneyConverter implements AttributeConverter<Money> {

    @Override
    public AttributeValue transformFrom(Money money) {
        return AttributeValue.fromN(Long.toString(money.cents()));
    }

    /** Refuses, with a sentence, what another writer may have stored: a String, dollars (19.99), a huge number. */
    @Override
    public Money transformTo(AttributeValue value) {
        if (value.n() == null) {
            throw new IllegalArgumentException("Money is stored as a Number of cents, like 1999; found " + value);
        }
        try {
            return new Money(Long.parseLong(value.n()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "Money is stored as a whole Number of cents, like 1999; found the Number " + value.n(), e);
        }
    }

    @Override
    public EnhancedType<Money> type() {
        return EnhancedType.of(Money.class);
    }

    @Override
    public AttributeValueType attributeValueType() {
        return AttributeValueType.N;
    }
}
// end::converter[]
