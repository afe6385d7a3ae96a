package com.example.dynamodb.fundamentals;

/** Stored by name, as a String: renaming a constant makes the items that hold the old name unreadable. */
public enum Availability {
    IN_STOCK,
    BACKORDER,
    DISCONTINUED
}
