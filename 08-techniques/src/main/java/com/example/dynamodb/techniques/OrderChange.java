package com.example.dynamodb.techniques;

import java.math.BigDecimal;

/** What one stream record of the Orders table changes in a customer's totals. */
public record OrderChange(String eventId, String customerId, long orderDelta, BigDecimal amountDelta) {}
