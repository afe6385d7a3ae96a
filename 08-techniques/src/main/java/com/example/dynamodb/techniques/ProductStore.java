package com.example.dynamodb.techniques;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * The API's data access, written against {@link DynamoDbClient} only: the same code runs on
 * DynamoDB Local in the tests, on DynamoDB in Lambda, and on a DAX cluster's {@code
 * ClusterDaxClient}, which implements the same interface.
 */
public final class ProductStore {

    private ProductStore() {}

    /** The products table: partition key {@code sku}, nothing else declared (DynamoDB is schemaless beyond keys). */
    public static CreateTableRequest definition(String tableName) {
        return CreateTableRequest.builder()
                .tableName(tableName)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("sku").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("sku").keyType(KeyType.HASH))
                .build();
    }

    // tag::create[]
    /** Creates the product; false if one with this SKU exists (nothing is overwritten). */
    public static boolean create(DynamoDbClient client, String table, Product product) {
        try {
            client.putItem(b -> b.tableName(table)
                    .item(Map.of(
                            "sku", AttributeValue.fromS(product.sku()),
                            "name", AttributeValue.fromS(product.name()),
                            "price", AttributeValue.fromN(product.price().toPlainString())))
                    .conditionExpression("attribute_not_exists(sku)"));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }
    // end::create[]

    public static Optional<Product> get(DynamoDbClient client, String table, String sku) {
        Map<String, AttributeValue> item = client.getItem(
                        b -> b.tableName(table).key(Map.of("sku", AttributeValue.fromS(sku))))
                .item();
        return item.isEmpty() ? Optional.empty() : Optional.of(toProduct(item));
    }

    /** Replaces name and price of an existing product; empty if there is none (nothing is created). */
    public static Optional<Product> update(DynamoDbClient client, String table, Product product) {
        try {
            Map<String, AttributeValue> item = client.updateItem(b -> b.tableName(table)
                            .key(Map.of("sku", AttributeValue.fromS(product.sku())))
                            .updateExpression("SET #n = :n, price = :p")
                            .conditionExpression("attribute_exists(sku)")
                            .expressionAttributeNames(Map.of("#n", "name")) // NAME is a reserved word
                            .expressionAttributeValues(Map.of(
                                    ":n", AttributeValue.fromS(product.name()),
                                    ":p", AttributeValue.fromN(product.price().toPlainString())))
                            .returnValues(ReturnValue.ALL_NEW))
                    .attributes();
            return Optional.of(toProduct(item));
        } catch (ConditionalCheckFailedException e) {
            return Optional.empty();
        }
    }

    /** Deletes the product; false if there was none. */
    public static boolean delete(DynamoDbClient client, String table, String sku) {
        return !client.deleteItem(b -> b.tableName(table)
                        .key(Map.of("sku", AttributeValue.fromS(sku)))
                        .returnValues(ReturnValue.ALL_OLD))
                .attributes()
                .isEmpty();
    }

    // tag::list[]
    /** Up to {@code limit} products after the position in {@code token} (null: from the start). */
    public static ProductPage list(DynamoDbClient client, String table, int limit, String token) {
        Map<String, AttributeValue> start =
                token == null ? null : Map.of("sku", AttributeValue.fromS(ProductStore.decode(token)));
        ScanResponse page = client.scan(b -> b.tableName(table).limit(limit).exclusiveStartKey(start));
        String next = page.lastEvaluatedKey().isEmpty()
                ? null
                : ProductStore.encode(page.lastEvaluatedKey().get("sku").s());
        return new ProductPage(
                page.items().stream().map(ProductStore::toProduct).toList(), next);
    }

    /** Opaque to clients; it carries only a SKU, checked like one on the way back in. */
    public static String encode(String sku) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(sku.getBytes(StandardCharsets.UTF_8));
    }

    public static String decode(String token) {
        try {
            return ProductInput.sku(new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Parameter 'next' is not a page token issued by this API");
        }
    }

    public static Product toProduct(Map<String, AttributeValue> item) {
        return new Product(
                item.get("sku").s(),
                item.get("name").s(),
                new BigDecimal(item.get("price").n()));
    }
    // end::list[]
}
