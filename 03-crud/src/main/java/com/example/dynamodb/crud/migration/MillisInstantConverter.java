package com.example.dynamodb.crud.migration;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.enhanced.dynamodb.AttributeValueType;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

// tag::converter[]
/**
 * Stores an {@code Instant} the way DynamoDBMapper stored a {@code java.util.Date}: a UTC string
 * with exactly three fraction digits, {@code "2024-01-02T03:04:05.000Z"}. v2's default converter
 * writes as many digits as the value needs ({@code "...05Z"}, {@code "...05.5Z"}), and strings of
 * different widths do not sort in time order: keep one width in every attribute that is compared,
 * above all in sort keys. Reads any ISO-8601 instant, whichever SDK wrote it.
 */
public final class MillisInstantConverter implements AttributeConverter<Instant> {

    /** Always three digits; digits below the millisecond are dropped, as a Date never had them. */
    private static final DateTimeFormatter MILLIS =
            new DateTimeFormatterBuilder().appendInstant(3).toFormatter();

    @Override
    public AttributeValue transformFrom(Instant input) {
        return AttributeValue.fromS(MILLIS.format(input));
    }

    @Override
    public Instant transformTo(AttributeValue input) {
        if (input.s() == null) {
            throw new IllegalArgumentException("Expected an instant stored as a string (S), found " + input);
        }
        try {
            return Instant.parse(input.s());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "Expected an ISO-8601 instant such as 2024-01-02T03:04:05.000Z, found \"" + input.s() + "\"", e);
        }
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
// end::converter[]
