package com.example.dynamodb.performance;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Every GSI that holds an item is written when the item is: the same PutItem costs more with
 * each index. {@code ReturnConsumedCapacity.INDEXES} shows the bill per table and per index.
 */
public final class IndexWriteCost {

    private IndexWriteCost() {}

    /** A table keyed by {@code pk} with {@code gsis} indexes, the i-th keyed by attribute {@code g<i>}. */
    public static CreateTableRequest tableWithGsis(String name, int gsis, ProjectionType projection) {
        List<AttributeDefinition> attributes = new ArrayList<>();
        attributes.add(AttributeDefinition.builder()
                .attributeName("pk")
                .attributeType(ScalarAttributeType.S)
                .build());
        List<GlobalSecondaryIndex> indexes = new ArrayList<>();
        for (int i = 1; i <= gsis; i++) {
            attributes.add(AttributeDefinition.builder()
                    .attributeName("g" + i)
                    .attributeType(ScalarAttributeType.S)
                    .build());
            indexes.add(GlobalSecondaryIndex.builder()
                    .indexName("gsi" + i)
                    .keySchema(KeySchemaElement.builder()
                            .attributeName("g" + i)
                            .keyType(KeyType.HASH)
                            .build())
                    .projection(Projection.builder().projectionType(projection).build())
                    .build());
        }
        return CreateTableRequest.builder()
                .tableName(name)
                .attributeDefinitions(attributes)
                .keySchema(KeySchemaElement.builder()
                        .attributeName("pk")
                        .keyType(KeyType.HASH)
                        .build())
                .globalSecondaryIndexes(indexes.isEmpty() ? null : indexes)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .build();
    }

    // tag::gsis[]
    /** Puts the item and returns the bill split per table and per index. */
    public static ConsumedCapacity put(DynamoDbClient client, String table, Map<String, AttributeValue> item) {
        return client.putItem(b -> b.tableName(table).item(item).returnConsumedCapacity(ReturnConsumedCapacity.INDEXES))
                .consumedCapacity();
    }
    // end::gsis[]

    /** A 1,500-byte item that has every index key {@code g1..g3}: each index holds it. */
    public static Map<String, AttributeValue> sampleItem(String key) {
        return Map.of(
                "pk", AttributeValue.fromS(key),
                "g1", AttributeValue.fromS("a"),
                "g2", AttributeValue.fromS("b"),
                "g3", AttributeValue.fromS("c"),
                "body", AttributeValue.fromS("x".repeat(1500 - 15 - key.length())));
    }

    static void demo(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("GSI write amplification");
        Narrator.step(
                "The same 1,500-byte item, put into tables with 0, 1 and 3 GSIs (projection ALL, then KEYS_ONLY)");
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("GSIs", "projection", "table WCU", "index WCU", "total WCU"));
        for (ProjectionType projection : List.of(ProjectionType.ALL, ProjectionType.KEYS_ONLY)) {
            for (int gsis : new int[] {0, 1, 3}) {
                String table = TableSetup.create(
                        ddb.client(),
                        tables,
                        "Gsi" + gsis + projection.name().charAt(0),
                        tableWithGsis("Gsi" + gsis + projection.name().charAt(0), gsis, projection));
                ConsumedCapacity bill = put(ddb.client(), table, sampleItem("item-1"));
                double indexUnits = bill.globalSecondaryIndexes().values().stream()
                        .mapToDouble(c -> c.capacityUnits())
                        .sum();
                rows.add(List.of(
                        String.valueOf(gsis),
                        projection.toString(),
                        String.valueOf(bill.table().capacityUnits()),
                        String.valueOf(indexUnits),
                        String.valueOf(bill.capacityUnits())));
            }
        }
        Narrator.table(rows);
        Narrator.say("Each index that holds the item is billed for its own copy: project only what its queries need.");
    }

    public static void main(String[] args) {
        Walkthroughs.run(IndexWriteCost::demo);
    }
}
