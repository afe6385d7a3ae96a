package com.example.dynamodb.advanced;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamSpecification;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/** The orders table the stream lessons write to: one customer's orders under one partition key. */
public final class OrdersTable {

    public static final String PK = "customerId";
    public static final String SK = "orderId";

    private OrdersTable() {}

    // tag::create[]
    /** An orders table whose stream records every change with {@code viewType}; null: no stream. */
    public static CreateTableRequest definition(String tableName, StreamViewType viewType) {
        CreateTableRequest.Builder table = CreateTableRequest.builder()
                .tableName(tableName)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                        AttributeDefinition.builder()
                                .attributeName("customerId")
                                .attributeType(ScalarAttributeType.S)
                                .build(),
                        AttributeDefinition.builder()
                                .attributeName("orderId")
                                .attributeType(ScalarAttributeType.S)
                                .build())
                .keySchema(
                        KeySchemaElement.builder()
                                .attributeName("customerId")
                                .keyType(KeyType.HASH)
                                .build(),
                        KeySchemaElement.builder()
                                .attributeName("orderId")
                                .keyType(KeyType.RANGE)
                                .build());
        if (viewType != null) {
            // The stream is switched on with the table: no change made after creation is missed.
            table.streamSpecification(StreamSpecification.builder()
                    .streamEnabled(true)
                    .streamViewType(viewType)
                    .build());
        }
        return table.build();
    }
    // end::create[]

    /** One order item. */
    public static Map<String, AttributeValue> order(String customerId, String orderId, String amount) {
        return Map.of(
                PK,
                AttributeValue.fromS(customerId),
                SK,
                AttributeValue.fromS(orderId),
                "amount",
                AttributeValue.fromN(amount),
                "status",
                AttributeValue.fromS("PLACED"));
    }

    /** The key of one order. */
    public static Map<String, AttributeValue> key(String customerId, String orderId) {
        return Map.of(PK, AttributeValue.fromS(customerId), SK, AttributeValue.fromS(orderId));
    }
}
