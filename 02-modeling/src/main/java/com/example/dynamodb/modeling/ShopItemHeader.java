package com.example.dynamodb.modeling;

import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbAttribute;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbImmutable;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSecondaryPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSecondarySortKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSortKey;

/**
 * What every item of the single-table shop carries: its generic keys ({@code PK}/{@code SK}, and
 * {@code GSI1PK}/{@code GSI1SK} for the index) and its {@code entityType}. Each entity record
 * flattens one of these into its own attributes, so the key mapping is written once.
 */
// tag::header[]
@DynamoDbImmutable(builder = ShopItemHeader.Builder.class)
public record ShopItemHeader(
        @DynamoDbPartitionKey @DynamoDbAttribute("PK") String pk,
        @DynamoDbSortKey @DynamoDbAttribute("SK") String sk,

        @DynamoDbSecondaryPartitionKey(indexNames = ShopKeys.GSI1) @DynamoDbAttribute("GSI1PK")
        String gsi1pk,

        @DynamoDbSecondarySortKey(indexNames = ShopKeys.GSI1) @DynamoDbAttribute("GSI1SK")
        String gsi1sk,

        String entityType) {

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

        public ShopItemHeader build() {
            return new ShopItemHeader(pk, sk, gsi1pk, gsi1sk, entityType);
        }
    }
}
// end::header[]
