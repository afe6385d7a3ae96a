package com.example.dynamodb.modeling;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.IndexStatus;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * A GSI can be added to a table that already holds data: {@code UpdateTable} starts building it
 * (status {@code CREATING}, existing items are backfilled), and it can be queried once its status
 * is {@code ACTIVE}. On AWS that takes minutes to hours depending on the table's size.
 */
public final class AddGsiToExistingTable {

    private AddGsiToExistingTable() {}

    public static CreateTableRequest tableDefinition(String tableName) {
        return CreateTableRequest.builder()
                .tableName(tableName)
                .attributeDefinitions(a -> a.attributeName("customerId").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("customerId").keyType(KeyType.HASH))
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .build();
    }

    public static void putCustomer(DynamoDbClient client, String table, String id, String email) {
        client.putItem(b -> b.tableName(table)
                .item(Map.of("customerId", AttributeValue.fromS(id), "email", AttributeValue.fromS(email))));
    }

    // tag::add[]
    public static final String BY_EMAIL = "ByEmailIndex";

    /** Starts building the index; returns its status right after the call (CREATING). */
    public static IndexStatus addEmailIndex(DynamoDbClient client, String table) {
        return client
                .updateTable(b -> b.tableName(table)
                        // the new key attribute must be declared, with its type
                        .attributeDefinitions(a -> a.attributeName("email").attributeType(ScalarAttributeType.S))
                        .globalSecondaryIndexUpdates(u -> u.create(c -> c.indexName(BY_EMAIL)
                                .keySchema(k -> k.attributeName("email").keyType(KeyType.HASH))
                                .projection(p -> p.projectionType(ProjectionType.KEYS_ONLY)))))
                .tableDescription()
                .globalSecondaryIndexes()
                .stream()
                .filter(i -> i.indexName().equals(BY_EMAIL))
                .findFirst()
                .orElseThrow()
                .indexStatus();
    }

    /** Polls DescribeTable until the index is ACTIVE; the SDK has no waiter for index status. */
    public static void waitUntilIndexActive(DynamoDbClient client, String table, String index, Duration timeout)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        long pauseMillis = 50;
        while (indexStatus(client, table, index) != IndexStatus.ACTIVE) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(index + " is not ACTIVE after " + timeout);
            }
            Thread.sleep(pauseMillis);
            pauseMillis = Math.min(pauseMillis * 2, 20_000); // on AWS, backfilling takes a while
        }
    }

    public static IndexStatus indexStatus(DynamoDbClient client, String table, String index) {
        List<GlobalSecondaryIndexDescription> indexes =
                client.describeTable(b -> b.tableName(table)).table().globalSecondaryIndexes();
        return indexes.stream()
                .filter(i -> i.indexName().equals(index))
                .findFirst()
                .map(GlobalSecondaryIndexDescription::indexStatus)
                .orElseThrow(() -> new IllegalArgumentException(table + " has no index " + index));
    }
    // end::add[]

    public static List<String> customerIdsByEmail(DynamoDbClient client, String table, String email) {
        return client
                .queryPaginator(b -> b.tableName(table)
                        .indexName(BY_EMAIL)
                        .keyConditionExpression("email = :e")
                        .expressionAttributeValues(Map.of(":e", AttributeValue.fromS(email))))
                .items()
                .stream()
                .map(item -> item.get("customerId").s())
                .toList();
    }

    static void demo(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("3d. Adding a GSI to an existing table (UpdateTable)");
        DynamoDbClient client = ddb.client();
        String table = tables.reserve("Customers");
        tables.createAndWait(tableDefinition(table));
        putCustomer(client, table, "C1", "ana@example.com");
        putCustomer(client, table, "C2", "bo@example.com");
        Narrator.show("status right after UpdateTable", addEmailIndex(client, table));
        try {
            waitUntilIndexActive(client, table, BY_EMAIL, Duration.ofMinutes(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        Narrator.show("status after waiting", indexStatus(client, table, BY_EMAIL));
        Narrator.show("backfilled: who is bo@example.com", customerIdsByEmail(client, table, "bo@example.com"));
    }

    public static void main(String[] args) {
        Walkthroughs.run(AddGsiToExistingTable::demo);
    }
}
