package com.example.dynamodb.support;

import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * Gives tests their clients. One backend per kind per test JVM (the engine starts once, so a
 * module's tests run in seconds); one {@link Tables} per test, closed when the test ends, which
 * deletes the tables that test created. See {@link DynamoDbTest}.
 */
public final class DynamoDbExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(DynamoDbExtension.class);
    private static final Set<Class<?>> SUPPORTED = Set.of(
            DynamoDbClient.class,
            DynamoDbEnhancedClient.class,
            DynamoDbStreamsClient.class,
            DynamoDbBackend.class,
            Tables.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return SUPPORTED.contains(parameter.getParameter().getType());
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        DynamoDbBackend backend = backendFor(context);
        Class<?> type = parameter.getParameter().getType();
        if (type == DynamoDbClient.class) {
            return backend.client();
        } else if (type == DynamoDbEnhancedClient.class) {
            return backend.enhancedClient();
        } else if (type == DynamoDbStreamsClient.class) {
            return backend.streamsClient();
        } else if (type == Tables.class) {
            // Stored in this test's own context: JUnit closes it when the test ends (AutoCloseable).
            return context.getStore(NAMESPACE)
                    .getOrComputeIfAbsent("tables", k -> Tables.forTests(backend), Tables.class);
        }
        return backend;
    }

    /**
     * The backend for this test class, started on first use and shared by the whole test run. Public
     * for extensions that build a shared fixture on top of it (see {@link #runTables}).
     */
    public static DynamoDbBackend backendFor(ExtensionContext context) {
        BackendConfig config = BackendConfig.fromEnvironment();
        boolean needsSdk = context.getTestClass()
                .flatMap(c -> AnnotationSupport.findAnnotation(c, DynamoDbTest.class))
                .map(DynamoDbTest::sdkClient)
                .orElse(false);
        if (needsSdk && !config.backend().sdkBuilt()) {
            config = BackendConfig.of(Backend.LOCAL_SERVER);
        }
        if (config.backend() == Backend.TESTCONTAINERS) {
            Assumptions.assumeTrue(
                    DynamoDbBackend.dockerAvailable(), "Docker is not available: testcontainers backend skipped");
        }
        BackendConfig chosen = config;
        return context.getRoot()
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent("backend:" + chosen, k -> DynamoDbBackend.open(chosen), DynamoDbBackend.class);
    }

    /**
     * Table names that live as long as the whole test run, on this test's backend: for a large data
     * set that takes seconds to load and that many test classes only read. Its tables are deleted
     * when the run ends, before the backend stops (JUnit closes stored values newest first).
     */
    public static Tables runTables(ExtensionContext context) {
        DynamoDbBackend backend = backendFor(context);
        return context.getRoot()
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent("runTables:" + backend.kind(), k -> Tables.forTests(backend), Tables.class);
    }
}
