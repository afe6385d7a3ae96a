package com.example.dynamodb.modeling;

import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbFlatten;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbImmutable;

/**
 * A customer's address ({@code PK=CUSTOMER#id, SK=ADDRESS#label}, and the same keys in GSI1, so it
 * belongs to both of the customer's collections) as an immutable record, {@code entityType} "Address".
 */
@DynamoDbImmutable(builder = ShopAddress.Builder.class)
public record ShopAddress(@DynamoDbFlatten ShopItemHeader header, String customerId, String label, String city)
        implements ShopEntity {

    /** An address with its keys filled in by the key builders. */
    public static ShopAddress of(String customerId, String label, String city) {
        String pk = ShopKeys.customerPk(customerId);
        String sk = ShopKeys.addressSk(label);
        return new ShopAddress(new ShopItemHeader(pk, sk, pk, sk, "Address"), customerId, label, city);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The mapper fills this builder attribute by attribute, then calls build(). */
    public static final class Builder {
        private ShopItemHeader header;
        private String customerId;
        private String label;
        private String city;

        public Builder header(ShopItemHeader v) {
            header = v;
            return this;
        }

        public Builder customerId(String v) {
            customerId = v;
            return this;
        }

        public Builder label(String v) {
            label = v;
            return this;
        }

        public Builder city(String v) {
            city = v;
            return this;
        }

        public ShopAddress build() {
            return new ShopAddress(header, customerId, label, city);
        }
    }
}
