package com.example.dynamodb.crud.migration;

import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.enhanced.dynamodb.AttributeValueType;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

// tag::converter[]
/**
 * Stores a {@code Boolean} the way DynamoDBMapper did: a number, {@code N "1"} or {@code N "0"}.
 * The Enhanced Client's default writes {@code BOOL}, so a table written by both SDKs holds two
 * types for one attribute, and a filter or condition on it matches only one of them. This keeps
 * one type. It reads both, so items written by either SDK, before or during the move, load alike.
 */
public final class BooleanAsNumberConverter implements AttributeConverter<Boolean> {

    @Override
    public AttributeValue transformFrom(Boolean input) {
        return AttributeValue.fromN(input ? "1" : "0");
    }

    @Override
    public Boolean transformTo(AttributeValue input) {
        if (input.bool() != null) {
            return input.bool(); // written by v2's default converter before this one was in place
        }
        if ("1".equals(input.n())) {
            return true;
        }
        if ("0".equals(input.n())) {
            return false;
        }
        throw new IllegalArgumentException("Expected a boolean stored as N \"1\"/\"0\" or as BOOL, found " + input);
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
// end::converter[]
