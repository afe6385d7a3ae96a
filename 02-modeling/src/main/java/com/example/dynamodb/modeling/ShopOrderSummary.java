package com.example.dynamodb.modeling;

import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbFlatten;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbImmutable;

/**
 * The single-table shop's order summary ({@code PK=ORDER#id, SK=SUMMARY}) as an immutable record:
 * the attributes {@link ShopTable} writes for an order, with {@code entityType} "Order".
 */
@DynamoDbImmutable(builder = ShopOrderSummary.Builder.class)
public record ShopOrderSummary(
        @DynamoDbFlatten ShopItemHeader header, String orderId, String customerId, String orderDate)
        implements ShopEntity {

    /** An order summary with its keys filled in by the key builders. */
    public static ShopOrderSummary of(String orderId, String customerId, String orderDate) {
        ShopItemHeader header = new ShopItemHeader(
                ShopKeys.orderPk(orderId),
                "SUMMARY",
                ShopKeys.customerPk(customerId),
                ShopKeys.orderByDateSk(orderDate, orderId),
                "Order");
        return new ShopOrderSummary(header, orderId, customerId, orderDate);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The mapper fills this builder attribute by attribute, then calls build(). */
    public static final class Builder {
        private ShopItemHeader header;
        private String orderId;
        private String customerId;
        private String orderDate;

        public Builder header(ShopItemHeader v) {
            header = v;
            return this;
        }

        public Builder orderId(String v) {
            orderId = v;
            return this;
        }

        public Builder customerId(String v) {
            customerId = v;
            return this;
        }

        public Builder orderDate(String v) {
            orderDate = v;
            return this;
        }

        public ShopOrderSummary build() {
            return new ShopOrderSummary(header, orderId, customerId, orderDate);
        }
    }
}
