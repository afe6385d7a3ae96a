package com.example.dynamodb.crud.migration;

/**
 * A plan tier. Both SDKs store an enum as {@code S} of its {@code toString()}, which is its name
 * here: keep it that way (an overridden {@code toString()} is what breaks, see the lesson).
 */
public enum Tier {
    FREE,
    GOLD
}
