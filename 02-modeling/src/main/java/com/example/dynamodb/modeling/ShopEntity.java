package com.example.dynamodb.modeling;

/**
 * What every typed item of the single-table shop has in common: a {@link ShopItemHeader} with its
 * keys and its {@code entityType}, the discriminator that says which Java type (and which
 * {@code TableSchema}) an item is.
 */
public interface ShopEntity {
    ShopItemHeader header();
}
