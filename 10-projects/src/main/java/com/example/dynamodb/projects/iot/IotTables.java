package com.example.dynamodb.projects.iot;

import com.example.dynamodb.support.Tables;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Two tables, because the two kinds of data live differently:
 *
 * <ul>
 *   <li>{@code Devices}: one item per device (registry and latest status), partition key
 *       {@code deviceId}; a sparse GSI {@code OfflineDevices} on {@code offlineFleet} +
 *       {@code offlineSince}, attributes only offline devices carry.
 *   <li>{@code Readings}: the time series, partition key {@code deviceDay} ("d-0042#2026-03-14"),
 *       sort key {@code ts} (epoch millis), TTL on {@code expiresAt}. Write-heavy, append-only,
 *       expiring: its own capacity settings and TTL, and no index to pay for on every write.
 * </ul>
 */
public final class IotTables {

    private IotTables() {}

    // tag::devices[]
    public static final String OFFLINE_INDEX = "OfflineDevices";

    public static CreateTableRequest devices(String tableName) {
        return CreateTableRequest.builder()
                .tableName(tableName)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                        AttributeDefinition.builder()
                                .attributeName("deviceId")
                                .attributeType(ScalarAttributeType.S)
                                .build(),
                        AttributeDefinition.builder()
                                .attributeName("offlineFleet")
                                .attributeType(ScalarAttributeType.S)
                                .build(),
                        AttributeDefinition.builder()
                                .attributeName("offlineSince")
                                .attributeType(ScalarAttributeType.N)
                                .build())
                .keySchema(KeySchemaElement.builder()
                        .attributeName("deviceId")
                        .keyType(KeyType.HASH)
                        .build())
                .globalSecondaryIndexes(GlobalSecondaryIndex.builder()
                        .indexName(OFFLINE_INDEX)
                        // Sparse: an item without offlineFleet is not in the index at all.
                        .keySchema(
                                KeySchemaElement.builder()
                                        .attributeName("offlineFleet")
                                        .keyType(KeyType.HASH)
                                        .build(),
                                KeySchemaElement.builder()
                                        .attributeName("offlineSince")
                                        .keyType(KeyType.RANGE)
                                        .build())
                        .projection(Projection.builder()
                                .projectionType(ProjectionType.ALL)
                                .build())
                        .build())
                .build();
    }
    // end::devices[]

    // tag::readings[]
    public static CreateTableRequest readings(String tableName) {
        return CreateTableRequest.builder()
                .tableName(tableName)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                        AttributeDefinition.builder()
                                .attributeName("deviceDay")
                                .attributeType(ScalarAttributeType.S)
                                .build(),
                        AttributeDefinition.builder()
                                .attributeName("ts")
                                .attributeType(ScalarAttributeType.N)
                                .build())
                .keySchema(
                        KeySchemaElement.builder()
                                .attributeName("deviceDay")
                                .keyType(KeyType.HASH)
                                .build(),
                        KeySchemaElement.builder()
                                .attributeName("ts")
                                .keyType(KeyType.RANGE)
                                .build())
                .build();
    }

    /** Retention: DynamoDB deletes a reading once its expiresAt (epoch seconds) has passed. */
    public static void enableReadingsTtl(DynamoDbClient client, String tableName) {
        client.updateTimeToLive(b -> b.tableName(tableName)
                .timeToLiveSpecification(t -> t.enabled(true).attributeName("expiresAt")));
    }
    // end::readings[]

    public static String createDevices(Tables tables, String logicalName) {
        String name = tables.reserve(logicalName);
        tables.createAndWait(devices(name));
        return name;
    }

    public static String createReadings(Tables tables, DynamoDbClient client, String logicalName) {
        String name = tables.reserve(logicalName);
        tables.createAndWait(readings(name));
        enableReadingsTtl(client, name);
        return name;
    }
}
