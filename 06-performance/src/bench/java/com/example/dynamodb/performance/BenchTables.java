package com.example.dynamodb.performance;

import com.example.dynamodb.support.Backend;
import com.example.dynamodb.support.BackendConfig;
import com.example.dynamodb.support.BatchLoader;
import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Tables;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What every benchmark here runs on: DynamoDB Local's HTTP server on loopback (the default), so
 * that each request pays for HTTP as a real one does; on the embedded engine a request costs no
 * network and batching barely helps. {@code -Dddb.backend=endpoint|aws} chooses another.
 */
final class BenchTables implements AutoCloseable {

    final DynamoDbBackend backend;
    final Tables tables;

    BenchTables() {
        BackendConfig config = BackendConfig.fromEnvironment();
        backend = DynamoDbBackend.open(
                config.backend() == Backend.EMBEDDED ? BackendConfig.of(Backend.LOCAL_SERVER) : config);
        tables = Tables.forWalkthrough(backend);
    }

    /** A new empty table keyed by pk (and sk when asked), on demand. */
    String table(String logicalName, boolean withSortKey) {
        return TableSetup.create(backend.client(), tables, logicalName, withSortKey);
    }

    /** {@code customers} × {@code perCustomer} items of about {@code bytes} bytes, pk = customer, sk = order. */
    static List<Map<String, AttributeValue>> orders(int customers, int perCustomer, int bytes) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        for (int c = 0; c < customers; c++) {
            for (int o = 0; o < perCustomer; o++) {
                items.add(Map.of(
                        "pk", AttributeValue.fromS(String.format("c%03d", c)),
                        "sk", AttributeValue.fromS(String.format("o%04d", o)),
                        "body", AttributeValue.fromS("x".repeat(Math.max(0, bytes - 20)))));
            }
        }
        return items;
    }

    /** A table loaded with {@link #orders}. */
    String seeded(String logicalName, int customers, int perCustomer, int bytes) {
        String name = table(logicalName, true);
        BatchLoader.putAll(backend.client(), name, orders(customers, perCustomer, bytes));
        return name;
    }

    /** {@code count} items of about {@code bytes} bytes with keys {@code prefix0...}. */
    static List<Map<String, AttributeValue>> items(String prefix, int count, int bytes) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            items.add(Map.of(
                    "pk", AttributeValue.fromS(prefix + i),
                    "body", AttributeValue.fromS("x".repeat(Math.max(0, bytes - 20)))));
        }
        return items;
    }

    @Override
    public void close() {
        tables.close();
        backend.close();
    }
}
