package com.example.dynamodb.techniques;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks what an API client sent, before anything touches the table. Every rejection is an
 * {@link IllegalArgumentException} whose message tells the client what to fix; the handler turns it
 * into a 400 response.
 */
public final class ProductInput {

    // tag::validate[]
    /** API Gateway takes 10 MB and Lambda 6 MB per synchronous call; a product needs far less: refuse early. */
    public static final int MAX_BODY_BYTES = 10 * 1024;

    private static final Pattern SKU = Pattern.compile("[A-Z0-9-]{1,32}");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The body of a create (sku, name, price) or of an update (name, price; the sku is in the path). */
    public static Product parse(String body, String skuFromPath) {
        if (body == null || body.isBlank()) {
            throw new IllegalArgumentException("The request needs a JSON body with name and price");
        }
        int bytes = body.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_BODY_BYTES) {
            throw new IllegalArgumentException(
                    "The body is " + bytes + " bytes; the limit is " + MAX_BODY_BYTES + " bytes");
        }
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            String detail = e.getOriginalMessage().split(" \\(start marker")[0]; // Jackson's own words, trimmed
            throw new IllegalArgumentException(
                    "The body is not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr() + "): " + detail);
        }
        if (!json.isObject()) {
            throw new IllegalArgumentException(
                    "The body must be a JSON object, like {\"name\": \"Pen\", \"price\": 1.5}");
        }
        Set<String> allowed = skuFromPath == null ? Set.of("sku", "name", "price") : Set.of("name", "price");
        for (Iterator<String> fields = json.fieldNames(); fields.hasNext(); ) {
            String field = fields.next();
            if (!allowed.contains(field)) {
                throw new IllegalArgumentException("Unknown field '" + field + "'; allowed: " + allowed);
            }
        }
        String sku = skuFromPath != null ? skuFromPath : ProductInput.sku(text(json, "sku"));
        String name = text(json, "name").strip();
        if (name.isEmpty() || name.length() > 100) {
            throw new IllegalArgumentException("Field 'name' must have 1 to 100 characters");
        }
        JsonNode price = json.get("price");
        if (price == null || !price.isNumber()) {
            throw new IllegalArgumentException(
                    price == null ? "Missing required field 'price'" : "Field 'price' must be a number");
        }
        BigDecimal amount = price.decimalValue();
        if (amount.signum() < 0 || amount.scale() > 2 || amount.compareTo(new BigDecimal("1000000")) >= 0) {
            throw new IllegalArgumentException(
                    "Field 'price' must be between 0 and 999999.99, with at most 2 decimals");
        }
        return new Product(sku, name, amount);
    }

    public static String sku(String sku) {
        if (sku == null || !SKU.matcher(sku).matches()) {
            throw new IllegalArgumentException("A SKU has 1 to 32 characters A-Z, 0-9 or '-', got: " + sku);
        }
        return sku;
    }

    private static String text(JsonNode json, String field) {
        JsonNode value = json.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("Missing required field '" + field + "'");
        }
        if (!value.isTextual()) {
            throw new IllegalArgumentException("Field '" + field + "' must be a string");
        }
        return value.asText();
    }
    // end::validate[]

    public static final int MAX_PAGE_SIZE = 100;

    private ProductInput() {}

    /** The {@code limit} query parameter: 1 to 100, 25 when absent. */
    public static int pageSize(String limit) {
        if (limit == null) {
            return 25;
        }
        try {
            int size = Integer.parseInt(limit);
            if (size >= 1 && size <= MAX_PAGE_SIZE) {
                return size;
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new IllegalArgumentException("Parameter 'limit' must be a whole number from 1 to " + MAX_PAGE_SIZE);
    }
}
