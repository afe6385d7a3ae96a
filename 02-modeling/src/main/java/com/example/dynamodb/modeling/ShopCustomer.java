package com.example.dynamodb.modeling;

import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbAttribute;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbImmutable;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSecondaryPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSecondarySortKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSortKey;

/**
 * The single-table shop's customer as an immutable Java record for the Enhanced Client. A record
 * has no setters, so the mapper needs {@code @DynamoDbImmutable} and a builder to create one;
 * {@code @DynamoDbAttribute} maps the record's names onto the table's generic key names.
 */
// tag::record[]
@DynamoDbImmutable(builder = ShopCustomer.Builder.class)
public record ShopCustomer(
        @DynamoDbPartitionKey @DynamoDbAttribute("PK") String pk,
        @DynamoDbSortKey @DynamoDbAttribute("SK") String sk,

        @DynamoDbSecondaryPartitionKey(indexNames = ShopKeys.GSI1) @DynamoDbAttribute("GSI1PK")
        String gsi1pk,

        @DynamoDbSecondarySortKey(indexNames = ShopKeys.GSI1) @DynamoDbAttribute("GSI1SK")
        String gsi1sk,

        String entityType,
        String customerId,
        String name,
        String email) {

    /** A customer with its keys filled in by the key builders. */
    public static ShopCustomer of(String customerId, String name, String email) {
        String pk = ShopKeys.customerPk(customerId);
        return new ShopCustomer(pk, "PROFILE", pk, "PROFILE", "Customer", customerId, name, email);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The mapper fills this builder attribute by attribute, then calls build(). */
    public static final class Builder {
        private String pk;
        private String sk;
        private String gsi1pk;
        private String gsi1sk;
        private String entityType;
        private String customerId;
        private String name;
        private String email;

        public Builder pk(String v) {
            pk = v;
            return this;
        }

        public Builder sk(String v) {
            sk = v;
            return this;
        }

        public Builder gsi1pk(String v) {
            gsi1pk = v;
            return this;
        }

        public Builder gsi1sk(String v) {
            gsi1sk = v;
            return this;
        }

        public Builder entityType(String v) {
            entityType = v;
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
            return new ShopCustomer(pk, sk, gsi1pk, gsi1sk, entityType, customerId, name, email);
        }
    }
}
// end::record[]
