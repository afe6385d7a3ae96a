package com.example.dynamodb.errors.testing;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.net.ServerSocket;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.dynamodb.services.local.embedded.DynamoDBEmbedded;
import software.amazon.dynamodb.services.local.main.ServerRunner;
import software.amazon.dynamodb.services.local.server.DynamoDBProxyServer;
import software.amazon.dynamodb.services.local.shared.access.AmazonDynamoDBLocal;

/**
 * BENCHMARK CODE: one "test" of {@link Ledger} in each style the README compares, and the engines
 * they run on. A test records two entries and reads them back with {@code entriesSince}; on an
 * engine it also creates its table first and deletes it after, as {@code LocalDynamoDb} does. Each
 * test checks its answer, so a benchmark cannot time a broken run.
 */
final class TestStyles {

    static final Instant NOON = Instant.parse("2026-03-01T12:00:00Z");
    static final Ledger.Entry FIRST = new Ledger.Entry("alice", NOON, 25);
    static final Ledger.Entry SECOND = new Ledger.Entry("alice", NOON.plusSeconds(60), -10);

    private TestStyles() {}

    /** The unit test with the hand-written scripted client. */
    static void withScriptedClient() {
        ScriptedDynamoDbClient client = new ScriptedDynamoDbClient()
                .answer(
                        PutItemResponse.builder().build(),
                        PutItemResponse.builder().build(),
                        page());
        check(new Ledger(client, "Ledger"));
    }

    /** The same unit test with a Mockito mock; the paginator is a default method: the real one calls query(). */
    static void withMockito() {
        DynamoDbClient client = mock(DynamoDbClient.class);
        when(client.putItem(any(PutItemRequest.class)))
                .thenReturn(PutItemResponse.builder().build());
        when(client.query(any(QueryRequest.class))).thenReturn(page());
        when(client.queryPaginator(any(QueryRequest.class))).thenCallRealMethod();
        check(new Ledger(client, "Ledger"));
    }

    /** The engine test on any client: a table of its own from the definition, the test, the table deleted. */
    static void onEngine(DynamoDbClient client) {
        String table = "test-" + UUID.randomUUID();
        client.createTable(Ledger.definition(table));
        client.waiter().waitUntilTableExists(b -> b.tableName(table));
        try {
            check(new Ledger(client, table));
        } finally {
            client.deleteTable(b -> b.tableName(table));
        }
    }

    /** Starts the in-process engine and runs one test on it; the caller stops it. */
    static Embedded firstTestOnEmbedded() {
        Embedded engine = Embedded.start();
        onEngine(engine.client());
        return engine;
    }

    /** Starts the HTTP server and an SDK client, and runs one test on them; the caller stops them. */
    static Server firstTestOnServer() throws Exception {
        Server engine = Server.start();
        onEngine(engine.client());
        return engine;
    }

    private static void check(Ledger ledger) {
        ledger.record(FIRST);
        ledger.record(SECOND);
        List<Ledger.Entry> read = ledger.entriesSince("alice", NOON);
        if (!read.equals(List.of(FIRST, SECOND))) {
            throw new IllegalStateException("read back " + read + ", expected " + List.of(FIRST, SECOND));
        }
    }

    private static QueryResponse page() {
        return QueryResponse.builder().items(item(FIRST), item(SECOND)).build();
    }

    private static Map<String, AttributeValue> item(Ledger.Entry entry) {
        return Map.of(
                "accountId", AttributeValue.fromS(entry.accountId()),
                "postedAt", AttributeValue.fromN(Long.toString(entry.postedAt().toEpochMilli())),
                "amount", AttributeValue.fromN(Long.toString(entry.amount())));
    }

    /** DynamoDB Local in the JVM, behind its in-process client: no HTTP, no SDK pipeline. */
    record Embedded(AmazonDynamoDBLocal local, DynamoDbClient client) implements AutoCloseable {
        static Embedded start() {
            AmazonDynamoDBLocal local = DynamoDBEmbedded.create(true);
            return new Embedded(local, local.dynamoDbClient());
        }

        @Override
        public void close() {
            client.close();
            local.shutdown();
        }
    }

    /** DynamoDB Local's HTTP server in the JVM and an ordinary SDK client: what LocalDynamoDb starts. */
    record Server(DynamoDBProxyServer server, DynamoDbClient client) implements AutoCloseable {
        static Server start() throws Exception {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            DynamoDBProxyServer server = ServerRunner.createServerFromCommandLineArgs(
                    new String[] {"-inMemory", "-sharedDb", "-disableTelemetry", "-port", String.valueOf(port)});
            server.start();
            DynamoDbClient client = DynamoDbClient.builder()
                    .endpointOverride(URI.create("http://127.0.0.1:" + port))
                    .region(Region.US_EAST_1)
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                    .build();
            return new Server(server, client);
        }

        @Override
        public void close() throws Exception {
            client.close();
            server.stop();
        }
    }
}
