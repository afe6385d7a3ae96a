package com.example.dynamodb.modeling;

import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbFlatten;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbImmutable;

/**
 * The single-table shop's customer as an immutable Java record for the Enhanced Client. A record
 * has no setters, so the mapper needs {@code @DynamoDbImmutable} and a builder to create one;
 * {@code @DynamoDbFlatten} stores the {@link ShopItemHeader}'s keys and type as attributes of the
 * item itself ({@code PK}, {@code SK}, {@code GSI1PK}, {@code GSI1SK}, {@code entityType}).
 */
// tag::record[]
@DynamoDbImmutable(builder = ShopCustomer.Builder.class)
public record ShopCustomer(@DynamoDbFlatten ShopItemHeader header, String customerId, String name, String email)
        implements ShopEntity {

    /** A customer with its keys filled in by the key builders. */
    public static ShopCustomer of(String customerId, String name, String email) {
        String pk = ShopKeys.customerPk(customerId);
        return new ShopCustomer(new ShopItemHeader(pk, "PROFILE", pk, "PROFILE", "Customer"), customerId, name, email);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The mapper fills this builder attribute by attribute, then calls build(). */
    public static final class Builder {
        private ShopItemHeader header;
        private String customerId;
        private String name;
        private String email;

        public Builder header(ShopItemHeader v) {
            header = v;
            return this;
        }

        public Builder customerId(String v) {
            customerId = v;
            return this;
        }

        public Builder name(String v) {
            name = v;
            return this;
        }

        public Builder email(String v) {
            email = v;
            return this;
        }

        public ShopCustomer build() {
            return new ShopCustomer(header, customerId, name, email);
        }
    }
}
// end::record[]
