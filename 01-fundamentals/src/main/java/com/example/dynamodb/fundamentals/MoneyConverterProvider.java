package com.example.dynamodb.fundamentals;

import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverterProvider;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;

/**
 * Gives the mapper a converter for every {@link Money} field of a bean that lists this provider, so
 * that no field needs its own annotation. Returning {@code null} for other types lets the next
 * provider in the bean's list (the SDK's default one) answer for them.
 */
// tag::provider[]
public final class MoneyConverterProvider implements AttributeConverterProvider {

    private static final MoneyConverter MONEY = new MoneyConverter();

    @Override
    @SuppressWarnings("unchecked")
    public <T> AttributeConverter<T> converterFor(EnhancedType<T> type) {
        return type.rawClass() == Money.class ? (AttributeConverter<T>) MONEY : null;
    }
}
// end::provider[]
