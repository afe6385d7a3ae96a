package com.example.dynamodb.projects.service;

import com.example.dynamodb.projects.profiles.ProfilesTable;
import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.DynamoDbExtension;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Hands the Spring context the backend the corpus's extension shares for this test run (the local
 * server, or whatever {@code -Dddb.backend} / {@code -Dddb.endpoint} chose) and one profiles table
 * for the run, deleted when the run ends. The context is cached for the whole run, so the target is
 * too: it is set before the first service test class, and the same for every later one.
 */
final class ServiceBackend implements BeforeAllCallback {

    /** Where the service's DynamoDbClient goes. */
    record Target(DynamoDbBackend backend, String table) {}

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ServiceBackend.class);
    private static volatile Target target;

    @Override
    public void beforeAll(ExtensionContext context) {
        DynamoDbBackend backend = DynamoDbExtension.backendFor(context);
        String table = context.getRoot()
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent(
                        "table:" + backend.kind(),
                        k -> ProfilesTable.create(DynamoDbExtension.runTables(context), "ServiceProfiles"),
                        String.class);
        target = new Target(backend, table);
    }

    static Target target() {
        Target current = target;
        if (current == null) {
            throw new IllegalStateException(
                    "No backend for the service: annotate the test class with @ProfileServiceTest");
        }
        return current;
    }
}
