package com.example.dynamodb.modeling.exercises;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * GIVEN to the modeling exercises (02.1, 02.2, 02.3): the {@code CreateTableRequest} boilerplate, so
 * that your time goes into the key design, not into builders. Every key attribute is a String (S),
 * the table is on-demand, and every GSI projects ALL:
 *
 * <pre>{@code
 * KeyDesign.table(tableName, KeyDesign.key("pk", "sk"),
 *         KeyDesign.index("ByOther", KeyDesign.key("other", "when")))
 * }</pre>
 *
 * Module 02's README, sections 1 to 3, shows the same requests written out in full.
 */
public final class KeyDesign {

    /** A key: a partition key attribute and, optionally, a sort key attribute (null: none). */
    public record Key(String partitionKey, String sortKey) {}

    /** A global secondary index: its name and its key. */
    public record Index(String name, Key key) {}

    private KeyDesign() {}

    /** A key with a partition key only. */
    public static Key key(String partitionKey) {
        return new Key(partitionKey, null);
    }

    /** A key with a partition key and a sort key. */
    public static Key key(String partitionKey, String sortKey) {
        return new Key(partitionKey, sortKey);
    }

    /** A global secondary index named {@code name}, keyed by {@code key}. */
    public static Index index(String name, Key key) {
        return new Index(name, key);
    }

    /** The on-demand table {@code tableName} with the primary key {@code key} and the given GSIs. */
    public static CreateTableRequest table(String tableName, Key key, Index... indexes) {
        Set<String> attributes = new LinkedHashSet<>(names(key));
        List<GlobalSecondaryIndex> gsis = new ArrayList<>();
        for (Index index : indexes) {
            attributes.addAll(names(index.key()));
            gsis.add(GlobalSecondaryIndex.builder()
                    .indexName(index.name())
                    .keySchema(schema(index.key()))
                    .projection(p -> p.projectionType(ProjectionType.ALL))
                    .build());
        }
        return CreateTableRequest.builder()
                .tableName(tableName)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(attributes.stream()
                        .map(name -> AttributeDefinition.builder()
                                .attributeName(name)
                                .attributeType(ScalarAttributeType.S)
                                .build())
                        .toList())
                .keySchema(schema(key))
                .globalSecondaryIndexes(gsis.isEmpty() ? null : gsis)
                .build();
    }

    private static List<String> names(Key key) {
        return key.sortKey() == null ? List.of(key.partitionKey()) : List.of(key.partitionKey(), key.sortKey());
    }

    private static List<KeySchemaElement> schema(Key key) {
        List<KeySchemaElement> schema = new ArrayList<>();
        schema.add(KeySchemaElement.builder()
                .attributeName(key.partitionKey())
                .keyType(KeyType.HASH)
                .build());
        if (key.sortKey() != null) {
            schema.add(KeySchemaElement.builder()
                    .attributeName(key.sortKey())
                    .keyType(KeyType.RANGE)
                    .build());
        }
        return schema;
    }
}
