package com.example.dynamodb.fundamentals;

import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.enhanced.dynamodb.AttributeValueType;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Stores a {@link Sku} as its code, a DynamoDB String: {@code {"S": "TEA-0042"}}. */
// tag::converter[]
public final class SkuConverter implements AttributeConverter<Sku> {

    @Override
    public AttributeValue transformFrom(Sku sku) {
        return AttributeValue.fromS(sku.code());
    }

    @Override
    public Sku transformTo(AttributeValue value) {
        return new Sku(value.s()); // validates: a malformed code in the table fails loudly here
    }

    @Override
    public EnhancedType<Sku> type() {
        return EnhancedType.of(Sku.class);
    }

    @Override
    public AttributeValueType attributeValueType() {
        return AttributeValueType.S;
    }
}
// end::converter[]
