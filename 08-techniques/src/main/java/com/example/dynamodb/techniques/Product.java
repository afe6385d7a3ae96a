package com.example.dynamodb.techniques;

import java.math.BigDecimal;

/** A product of the serverless API: its SKU is the key, name and price are what clients edit. */
public record Product(String sku, String name, BigDecimal price) {}
