package com.example.dynamodb.fundamentals;

import java.math.BigDecimal;

/**
 * An amount of money as a whole number of cents: exact, and a plain Number in DynamoDB (so that an
 * update expression can add to it). Parsing refuses fractions of a cent instead of rounding them.
 */
// tag::money[]
public record Money(long cents) {

    /** "19.99" is 1999 cents; "19.999" is refused: nobody pays a tenth of a cent. */
    public static Money of(String amount) {
        try {
            return new Money(new BigDecimal(amount).movePointRight(2).longValueExact());
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException(
                    "An amount is a number with at most two decimals, like 19.99; got: " + amount);
        }
    }

    @Override
    public String toString() {
        return BigDecimal.valueOf(cents, 2).toPlainString();
    }
}
// end::money[]
