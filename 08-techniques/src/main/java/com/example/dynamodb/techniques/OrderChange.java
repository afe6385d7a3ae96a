package com.example.dynamodb.techniques;

import java.math.BigDecimal;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Record;

/** What one stream record of the Orders table changes in a customer's totals. */
public record OrderChange(String eventId, String customerId, long orderDelta, BigDecimal amountDelta) {

    /** INSERT adds an order, REMOVE takes one away, MODIFY adds the difference in amount. */
    public static OrderChange of(Record record) {
        Map<String, AttributeValue> oldImage = record.dynamodb().oldImage();
        Map<String, AttributeValue> newImage = record.dynamodb().newImage();
        BigDecimal before = oldImage.isEmpty()
                ? BigDecimal.ZERO
                : new BigDecimal(oldImage.get("amount").n());
        BigDecimal after = newImage.isEmpty()
                ? BigDecimal.ZERO
                : new BigDecimal(newImage.get("amount").n());
        long orders = switch (record.eventName()) {
            case INSERT -> 1;
            case REMOVE -> -1;
            default -> 0;
        };
        String customerId = record.dynamodb().keys().get("customerId").s();
        return new OrderChange(record.eventID(), customerId, orders, after.subtract(before));
    }
}
