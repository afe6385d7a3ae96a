package com.example.dynamodb.techniques;

import java.time.LocalDate;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The key grammar of the overloaded {@code Company} table, written down once. Every key string of
 * every entity is built here and nowhere else, so the prefixes that keep entity types apart in the
 * shared index cannot drift between writers and readers.
 */
public final class KeyGrammar {

    private KeyGrammar() {}

    // tag::grammar[]
    //   entity    PK               SK              GSI1PK               GSI1SK
    //   order     CUST#<customer>  ORDER#<order>   STATUS#<status>      DATE#<yyyy-MM-dd>#ORDER#<order>
    //   employee  EMP#<employee>   PROFILE         CITY#<city>          EMP#<lastName>#<employee>
    //   product   PRODUCT#<sku>    PROFILE         CATEGORY#<category>  PRICE#<cents, 10 digits>#<sku>
    // '#' separates the parts, so no part may contain one: "a#b" would forge another key.

    public static Map<String, AttributeValue> order(String customerId, String orderId, String status, LocalDate date) {
        return Map.of(
                "PK", AttributeValue.fromS("CUST#" + KeyGrammar.part("customer id", customerId)),
                "SK", AttributeValue.fromS("ORDER#" + KeyGrammar.part("order id", orderId)),
                "GSI1PK", AttributeValue.fromS("STATUS#" + KeyGrammar.part("status", status)),
                "GSI1SK", AttributeValue.fromS("DATE#" + date + "#ORDER#" + orderId));
    }

    public static String part(String what, String value) {
        if (value == null || value.isBlank() || value.contains("#")) {
            throw new IllegalArgumentException(
                    "The " + what + " must be non-empty and may not contain '#', the key separator; got: " + value);
        }
        return value;
    }
    // end::grammar[]

    public static Map<String, AttributeValue> employee(String employeeId, String city, String lastName) {
        return Map.of(
                "PK", AttributeValue.fromS("EMP#" + KeyGrammar.part("employee id", employeeId)),
                "SK", AttributeValue.fromS("PROFILE"),
                "GSI1PK", AttributeValue.fromS("CITY#" + KeyGrammar.part("city", city)),
                "GSI1SK", AttributeValue.fromS("EMP#" + KeyGrammar.part("last name", lastName) + "#" + employeeId));
    }

    public static Map<String, AttributeValue> product(String sku, String category, long priceCents) {
        return Map.of(
                "PK", AttributeValue.fromS("PRODUCT#" + KeyGrammar.part("sku", sku)),
                "SK", AttributeValue.fromS("PROFILE"),
                "GSI1PK", AttributeValue.fromS("CATEGORY#" + KeyGrammar.part("category", category)),
                "GSI1SK", AttributeValue.fromS("PRICE#" + KeyGrammar.price(priceCents) + "#" + sku));
    }

    /** Zero-padded so that string order is number order: "0000000999" sorts before "0000001000". */
    public static String price(long cents) {
        if (cents < 0 || cents > 9_999_999_999L) {
            throw new IllegalArgumentException("A price must be between 0 and 9,999,999,999 cents, got: " + cents);
        }
        return String.format("%010d", cents);
    }
}
