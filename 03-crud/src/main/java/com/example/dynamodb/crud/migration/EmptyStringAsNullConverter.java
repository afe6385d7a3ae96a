package com.example.dynamodb.crud.migration;

import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.enhanced.dynamodb.AttributeValueType;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

// tag::converter[]
/**
 * Writes an empty string as DynamoDBMapper did: not at all. v2 stores {@code S ""}, so code that
 * tests {@code attribute_exists(Nickname)} or counts on "absent means unset" sees a difference.
 * A null value is dropped by {@code putItem} and removed by {@code updateItem}, as v1 did.
 */
public final class EmptyStringAsNullConverter implements AttributeConverter<String> {

    @Override
    public AttributeValue transformFrom(String input) {
        return input.isEmpty() ? AttributeValue.fromNul(true) : AttributeValue.fromS(input);
    }

    @Override
    public String transformTo(AttributeValue input) {
        // nul() is a Boolean, null unless the value IS a null: never unbox it directly.
        if (Boolean.TRUE.equals(input.nul())) {
            return null;
        }
        if (input.s() == null) {
            throw new IllegalArgumentException("Expected a string (S), found " + input);
        }
        return input.s();
    }

    @Override
    public EnhancedType<String> type() {
        return EnhancedType.of(String.class);
    }

    @Override
    public AttributeValueType attributeValueType() {
        return AttributeValueType.S;
    }
}
// end::converter[]
