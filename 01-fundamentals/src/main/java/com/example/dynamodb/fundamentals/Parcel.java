package com.example.dynamodb.fundamentals;

import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbImmutable;

/** A record nested inside the record {@link Shipment}: it needs its own {@code @DynamoDbImmutable} and builder. */
@DynamoDbImmutable(builder = Parcel.Builder.class)
public record Parcel(String label, Integer grams) {

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private String label;
        private Integer grams;

        public Builder label(String label) {
            this.label = label;
            return this;
        }

        public Builder grams(Integer grams) {
            this.grams = grams;
            return this;
        }

        public Parcel build() {
            return new Parcel(label, grams);
        }
    }
}
