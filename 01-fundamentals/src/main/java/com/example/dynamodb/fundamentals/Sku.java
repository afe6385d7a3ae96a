package com.example.dynamodb.fundamentals;

/** A stock-keeping unit such as {@code TEA-0042}: a value object, validated once, stored as a String. */
public record Sku(String code) {

    public Sku {
        if (code == null || !code.matches("[A-Z]{3}-\\d{4}")) {
            throw new IllegalArgumentException(
                    "A SKU is three capital letters, a dash and four digits, like TEA-0042;" + " got: " + code);
        }
    }

    @Override
    public String toString() {
        return code;
    }
}
