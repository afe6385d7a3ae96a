package com.example.dynamodb.fundamentals;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * A composite primary key is a partition key plus a sort key. Many items share one partition key
 * (an "item collection") and come back from a Query ordered by their sort key: numbers in numeric
 * order, strings in the order of their UTF-8 bytes.
 */
public final class CompositePrimaryKey {

    private CompositePrimaryKey() {}

    // tag::create[]
    /** A table keyed by "pk" (String) and "sk", whose type is the caller's choice (S or N). */
    public static void createTable(DynamoDbClient client, String table, ScalarAttributeType sortType) {
        client.createTable(b -> b.tableName(table)
                .attributeDefinitions(
                        AttributeDefinition.builder()
                                .attributeName("pk")
                                .attributeType(ScalarAttributeType.S)
                                .build(),
                        AttributeDefinition.builder()
                                .attributeName("sk")
                                .attributeType(sortType)
                                .build())
                .keySchema(
                        KeySchemaElement.builder()
                                .attributeName("pk")
                                .keyType(KeyType.HASH)
                                .build(),
                        KeySchemaElement.builder()
                                .attributeName("sk")
                                .keyType(KeyType.RANGE)
                                .build())
                .billingMode(BillingMode.PAY_PER_REQUEST));
        client.waiter().waitUntilTableExists(b -> b.tableName(table));
    }
    // end::create[]

    /** Puts one item per sort key value under the same partition key, in the order given. */
    public static void putAll(DynamoDbClient client, String table, String pk, List<AttributeValue> sortKeys) {
        for (AttributeValue sk : sortKeys) {
            client.putItem(b -> b.tableName(table).item(Map.of("pk", AttributeValue.fromS(pk), "sk", sk)));
        }
    }

    // tag::query[]
    /** Every item of one partition, in sort-key order (ascending unless told otherwise). */
    public static List<AttributeValue> sortKeysOf(DynamoDbClient client, String table, String pk) {
        return client
                .queryPaginator(b -> b.tableName(table) // every page, not only the first 1 MB
                        .keyConditionExpression("pk = :pk")
                        .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(pk))))
                .items()
                .stream()
                .map(item -> item.get("sk"))
                .toList();
    }
    // end::query[]

    static void demo(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("Composite primary key: partition key + sort key");
        DynamoDbClient client = ddb.client();

        List<String> values = List.of("10", "9", "100", "2");
        Narrator.step("Put sort keys " + values + " under one partition key, as Numbers");
        String numeric = tables.reserve("SortedNumbers");
        createTable(client, numeric, ScalarAttributeType.N);
        putAll(
                client,
                numeric,
                "user#1",
                values.stream().map(AttributeValue::fromN).toList());
        Narrator.show(
                "Query order (N)",
                sortKeysOf(client, numeric, "user#1").stream()
                        .map(AttributeValue::n)
                        .toList());

        Narrator.step("The same values as Strings sort character by character (UTF-8 bytes)");
        String text = tables.reserve("SortedStrings");
        createTable(client, text, ScalarAttributeType.S);
        putAll(
                client,
                text,
                "user#1",
                values.stream().map(AttributeValue::fromS).toList());
        Narrator.show(
                "Query order (S)",
                sortKeysOf(client, text, "user#1").stream()
                        .map(AttributeValue::s)
                        .toList());

        Narrator.step("Bytes, not dictionary order: upper case before lower case before accents");
        putAll(
                client,
                text,
                "words",
                List.of("émile", "apple", "Zebra", "banana").stream()
                        .map(AttributeValue::fromS)
                        .toList());
        Narrator.show(
                "Query order (S)",
                sortKeysOf(client, text, "words").stream()
                        .map(AttributeValue::s)
                        .toList());
        Narrator.say("Zero-pad numbers inside string keys (\"002\", \"010\", \"100\") to keep numeric order.");
    }

    public static void main(String[] args) {
        Walkthroughs.run(CompositePrimaryKey::demo);
    }
}
