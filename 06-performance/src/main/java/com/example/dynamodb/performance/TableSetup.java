package com.example.dynamodb.performance;

import com.example.dynamodb.support.Tables;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/**
 * Creates the lesson's tables under reserved names and waits until they are ACTIVE (also after an
 * UpdateTable), polling DescribeTable every 250 ms. On DynamoDB Local a table is ACTIVE at once, so
 * no wait happens; on DynamoDB a new table takes seconds, and the SDK's own waiter would poll it
 * only every 20 s.
 */
final class TableSetup {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private TableSetup() {}

    /** Reserves {@code logicalName} and creates an on-demand table keyed by {@code pk} (and {@code sk}). */
    static String create(DynamoDbClient client, Tables tables, String logicalName, boolean withSortKey) {
        return create(client, tables, logicalName, keyed(withSortKey));
    }

    /** Reserves {@code logicalName}, creates the table {@code definition} describes under that name. */
    static String create(DynamoDbClient client, Tables tables, String logicalName, CreateTableRequest definition) {
        String name = tables.reserve(logicalName);
        client.createTable(definition.toBuilder().tableName(name).build());
        awaitActive(client, name);
        return name;
    }

    /** An on-demand table (no name yet) keyed by {@code pk} (string) and optionally {@code sk} (string). */
    static CreateTableRequest keyed(boolean withSortKey) {
        List<AttributeDefinition> attributes = new ArrayList<>();
        List<KeySchemaElement> key = new ArrayList<>();
        for (String name : withSortKey ? List.of("pk", "sk") : List.of("pk")) {
            attributes.add(AttributeDefinition.builder()
                    .attributeName(name)
                    .attributeType(ScalarAttributeType.S)
                    .build());
            key.add(KeySchemaElement.builder()
                    .attributeName(name)
                    .keyType(name.equals("pk") ? KeyType.HASH : KeyType.RANGE)
                    .build());
        }
        return CreateTableRequest.builder()
                .attributeDefinitions(attributes)
                .keySchema(key)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .build();
    }

    static void awaitActive(DynamoDbClient client, String name) {
        Instant deadline = Instant.now().plus(TIMEOUT);
        while (client.describeTable(b -> b.tableName(name)).table().tableStatus() != TableStatus.ACTIVE) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(
                        "Table " + name + " was not ACTIVE after " + TIMEOUT.toSeconds() + " s");
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for table " + name, e);
            }
        }
    }
}
