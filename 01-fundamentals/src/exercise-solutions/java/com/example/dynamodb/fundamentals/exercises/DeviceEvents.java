package com.example.dynamodb.fundamentals.exercises;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** Reference solution of exercise 01.2 Events in time order. */
public final class DeviceEvents {

    /** One event of one device, at a time in epoch seconds. */
    public record Event(String deviceId, long at, String type) {}

    private DeviceEvents() {}

    public static void createTable(DynamoDbClient client, String table) {
        client.createTable(b -> b.tableName(table)
                .attributeDefinitions(
                        attribute("deviceId", ScalarAttributeType.S),
                        // N, not S: numbers sort by value; as strings "300" would come after "1700000000".
                        attribute("at", ScalarAttributeType.N))
                .keySchema(key("deviceId", KeyType.HASH), key("at", KeyType.RANGE))
                .billingMode(BillingMode.PAY_PER_REQUEST));
        client.waiter().waitUntilTableExists(b -> b.tableName(table));
    }

    public static void record(DynamoDbClient client, String table, Event event) {
        client.putItem(b -> b.tableName(table)
                .item(Map.of(
                        "deviceId", AttributeValue.fromS(event.deviceId()),
                        "at", AttributeValue.fromN(Long.toString(event.at())),
                        "type", AttributeValue.fromS(event.type()))));
    }

    public static List<Event> between(DynamoDbClient client, String table, String deviceId, long from, long to) {
        return client
                .queryPaginator(b -> b.tableName(table)
                        .keyConditionExpression("deviceId = :d AND #at BETWEEN :from AND :to")
                        .expressionAttributeNames(Map.of("#at", "at"))
                        .expressionAttributeValues(Map.of(
                                ":d", AttributeValue.fromS(deviceId),
                                ":from", AttributeValue.fromN(Long.toString(from)),
                                ":to", AttributeValue.fromN(Long.toString(to)))))
                .items()
                .stream()
                .map(item -> new Event(
                        item.get("deviceId").s(),
                        Long.parseLong(item.get("at").n()),
                        item.get("type").s()))
                .toList();
    }

    private static AttributeDefinition attribute(String name, ScalarAttributeType type) {
        return AttributeDefinition.builder()
                .attributeName(name)
                .attributeType(type)
                .build();
    }

    private static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }
}
