package com.example.dynamodb.techniques;

import com.example.dynamodb.support.Tables;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/**
 * The two tables of the aggregates example: {@code Orders} (customerId, orderId; its stream carries
 * old and new images) and {@code CustomerTotals} (customerId, sk): one {@code TOTALS} item per
 * customer, plus an {@code APPLIED#<eventId>} marker per processed record, expired by TTL.
 */
public record AggregateTables(String orders, String totals, String streamArn) {

    public static AggregateTables create(DynamoDbClient client, Tables tables) {
        String orders = tables.reserve("Orders");
        String totals = tables.reserve("CustomerTotals");
        tables.createAndWait(SimpleTables.keyed(orders, "customerId", "orderId").toBuilder()
                // Old and new images: a MODIFY needs both to compute the difference.
                .streamSpecification(s -> s.streamEnabled(true).streamViewType(StreamViewType.NEW_AND_OLD_IMAGES))
                .build());
        tables.createAndWait(SimpleTables.keyed(totals, "customerId", "sk"));
        // Markers only need to outlive redelivery: TTL deletes them for free a few days later.
        client.updateTimeToLive(b ->
                b.tableName(totals).timeToLiveSpecification(t -> t.enabled(true).attributeName("expiresAt")));
        String arn = client.describeTable(b -> b.tableName(orders)).table().latestStreamArn();
        return new AggregateTables(orders, totals, arn);
    }

    /** Puts an order (a new one is an INSERT in the stream, a changed one a MODIFY). */
    public static void placeOrder(
            DynamoDbClient client, String orders, String customerId, String orderId, String amount) {
        client.putItem(b -> b.tableName(orders)
                .item(Map.of(
                        "customerId", AttributeValue.fromS(customerId),
                        "orderId", AttributeValue.fromS(orderId),
                        "amount", AttributeValue.fromN(amount))));
    }
}
