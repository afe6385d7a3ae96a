package com.example.dynamodb.techniques;

import java.math.BigDecimal;

/** A customer's materialized aggregate: how many orders, and their total amount. */
public record OrderTotals(long orders, BigDecimal amount) {}
