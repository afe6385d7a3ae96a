package com.example.dynamodb.errors.testing;

import java.net.ServerSocket;
import java.net.URI;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.dynamodb.services.local.main.ServerRunner;
import software.amazon.dynamodb.services.local.server.DynamoDBProxyServer;

// tag::extension[]
/**
 * DynamoDB Local inside the test JVM, for a repository's tests. One engine for the whole test run,
 * started by the first test that needs it; for each test, a new table made from the repository's
 * own definition, deleted when the test ends. Test methods ask for the repository (wired to that
 * table), the engine's {@code DynamoDbClient}, or a {@code DynamoDbClientBuilder} pointed at the
 * engine for a client of their own. Safe with JUnit's parallel execution: tests share nothing but
 * the engine.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final LocalDynamoDb<Ledger> DYNAMODB = new LocalDynamoDb<>(Ledger.class, Ledger::definition, Ledger::new);
 *
 * @Test
 * void findsTheEntries(Ledger ledger) { ... }   // an empty table of its own
 * }</pre>
 */
public final class LocalDynamoDb<R> implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(LocalDynamoDb.class);

    private final Class<R> repositoryType;
    private final Function<String, CreateTableRequest> definition;
    private final BiFunction<DynamoDbClient, String, R> repository;

    public LocalDynamoDb(
            Class<R> repositoryType,
            Function<String, CreateTableRequest> definition,
            BiFunction<DynamoDbClient, String, R> repository) {
        this.repositoryType = repositoryType;
        this.definition = definition;
        this.repository = repository;
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == repositoryType || type == DynamoDbClient.class || type == DynamoDbClientBuilder.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        // The root store lives as long as the test run, and closes what it holds when the run ends.
        Engine engine =
                context.getRoot().getStore(NAMESPACE).computeIfAbsent(Engine.class, k -> Engine.start(), Engine.class);
        Class<?> type = parameter.getParameter().getType();
        if (type == DynamoDbClient.class) {
            return engine.client();
        } else if (type == DynamoDbClientBuilder.class) {
            return Engine.clientBuilder(engine.endpoint());
        }
        // This test's own store: JUnit closes the table (deletes it) when the test ends.
        TestTable table = context.getStore(NAMESPACE)
                .computeIfAbsent(TestTable.class, k -> new TestTable(engine.client(), definition), TestTable.class);
        return repository.apply(engine.client(), table.name);
    }

    /** DynamoDB Local's HTTP server on a free loopback port, and a client for it. */
    private record Engine(DynamoDBProxyServer server, URI endpoint, DynamoDbClient client) implements AutoCloseable {

        static Engine start() {
            Exception failure = null;
            for (int attempt = 0; attempt < 3; attempt++) { // another process may take the free port first
                try {
                    int port;
                    try (ServerSocket socket = new ServerSocket(0)) { // DynamoDB Local refuses -port 0
                        port = socket.getLocalPort();
                    }
                    DynamoDBProxyServer server = ServerRunner.createServerFromCommandLineArgs(
                            new String[] {"-inMemory", "-sharedDb", "-disableTelemetry", "-port", String.valueOf(port)
                            });
                    server.start();
                    URI endpoint = URI.create("http://127.0.0.1:" + port);
                    return new Engine(server, endpoint, clientBuilder(endpoint).build());
                } catch (Exception e) {
                    failure = e;
                }
            }
            throw new IllegalStateException("DynamoDB Local did not start on a free loopback port", failure);
        }

        /** DynamoDB Local ignores region and credentials, but the SDK wants both. */
        static DynamoDbClientBuilder clientBuilder(URI endpoint) {
            return DynamoDbClient.builder()
                    .endpointOverride(endpoint)
                    .region(Region.US_EAST_1)
                    .credentialsProvider(
                            StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")));
        }

        @Override
        public void close() throws Exception {
            client.close();
            server.stop();
        }
    }

    /** A test's table, named uniquely and deleted when the test ends. */
    private static final class TestTable implements AutoCloseable {
        private final DynamoDbClient client;
        private final String name = "test-" + UUID.randomUUID();

        TestTable(DynamoDbClient client, Function<String, CreateTableRequest> definition) {
            this.client = client;
            client.createTable(definition.apply(name));
            client.waiter().waitUntilTableExists(b -> b.tableName(name));
        }

        @Override
        public void close() {
            client.deleteTable(b -> b.tableName(name));
        }
    }
}
// end::extension[]
