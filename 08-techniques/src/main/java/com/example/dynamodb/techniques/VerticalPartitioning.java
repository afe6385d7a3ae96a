package com.example.dynamodb.techniques;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/**
 * A write is billed on the size of the whole item (the larger of before and after), however small
 * the change; a read on the whole item, whatever the projection. Splitting a large item into an
 * item collection (a small, hot summary; large, cold parts) makes the frequent operations cheap.
 */
public final class VerticalPartitioning {

    private VerticalPartitioning() {}

    /** One item: summary fields plus a long description and specifications. */
    public static Map<String, AttributeValue> wholeProduct(String sku) {
        return Map.of(
                "pk", AttributeValue.fromS("PRODUCT#" + sku),
                "sk", AttributeValue.fromS("PRODUCT"),
                "name", AttributeValue.fromS("Trail running shoe"),
                "price", AttributeValue.fromN("129.95"),
                "stock", AttributeValue.fromN("12"),
                "description", AttributeValue.fromS(CompressedAttribute.reviewText()),
                "specs", AttributeValue.fromS("weight 280 g; drop 6 mm; ".repeat(60)));
    }

    // tag::split[]
    /** The same product as an item collection: one partition key, one item per part. */
    public static List<Map<String, AttributeValue>> split(Map<String, AttributeValue> product) {
        AttributeValue pk = product.get("pk");
        return List.of(
                Map.of(
                        "pk", pk,
                        "sk", AttributeValue.fromS("SUMMARY"), // read and updated often: keep it small
                        "name", product.get("name"),
                        "price", product.get("price"),
                        "stock", product.get("stock")),
                Map.of("pk", pk, "sk", AttributeValue.fromS("DESCRIPTION"), "description", product.get("description")),
                Map.of("pk", pk, "sk", AttributeValue.fromS("SPECS"), "specs", product.get("specs")));
    }

    /** Sets the stock of the item with this key, and returns the write units it consumed. */
    public static double setStock(DynamoDbClient client, String table, Map<String, AttributeValue> key, int stock) {
        return client.updateItem(b -> b.tableName(table)
                        .key(key)
                        .updateExpression("SET stock = :s")
                        .expressionAttributeValues(Map.of(":s", AttributeValue.fromN(Integer.toString(stock))))
                        .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL))
                .consumedCapacity()
                .capacityUnits();
    }
    // end::split[]

    /** Read units of an eventually consistent GetItem of {@code key}, projecting only {@code attributes}. */
    public static double readUnits(
            DynamoDbClient client, String table, Map<String, AttributeValue> key, String attributes) {
        return client.getItem(b -> b.tableName(table)
                        .key(key)
                        .projectionExpression(attributes)
                        .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL))
                .consumedCapacity()
                .capacityUnits();
    }

    /** Updating the stock: on the whole item, then on the summary item of the split product. */
    public static SizeComparison measure(DynamoDbClient client, String table) {
        Map<String, AttributeValue> whole = wholeProduct("sh-1");
        client.putItem(b -> b.tableName(table).item(whole));
        List<Map<String, AttributeValue>> parts = split(wholeProduct("sh-2"));
        parts.forEach(part -> client.putItem(b -> b.tableName(table).item(part)));
        Map<String, AttributeValue> summary = parts.get(0);
        return new SizeComparison(
                "vertical partitioning (stock update)",
                ItemSize.of(whole),
                ItemSize.of(summary),
                setStock(client, table, Map.of("pk", whole.get("pk"), "sk", whole.get("sk")), 11),
                setStock(client, table, Map.of("pk", summary.get("pk"), "sk", summary.get("sk")), 11));
    }
}
