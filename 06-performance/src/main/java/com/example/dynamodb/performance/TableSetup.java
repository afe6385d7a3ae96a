package com.example.dynamodb.performance;

import com.example.dynamodb.support.Tables;
import java.time.Duration;
import java.time.Instant;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
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

    /** Reserves {@code logicalName}, creates the table {@code definition} describes under that name. */
    static String create(DynamoDbClient client, Tables tables, String logicalName, CreateTableRequest definition) {
        String name = tables.reserve(logicalName);
        client.createTable(definition.toBuilder().tableName(name).build());
        awaitActive(client, name);
        return name;
    }

    static void awaitActive(DynamoDbClient client, String name) {
        Instant deadline = Instant.now().plus(TIMEOUT);
        while (!active(client.describeTable(b -> b.tableName(name)).table())) {
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

    private static boolean active(TableDescription table) {
        return table.tableStatus() == TableStatus.ACTIVE;
    }
}
