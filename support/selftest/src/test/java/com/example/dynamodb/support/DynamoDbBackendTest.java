package com.example.dynamodb.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.OperationType;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * Opens and closes engines of its own, so it runs alone: twice in about 40 runs of these self-tests,
 * while this class started or stopped a DynamoDB Local 3.3.1 engine, another engine of the same JVM
 * answered table operations with HTTP 500 for a few seconds (and a stress run of 1,000 starts and
 * stops beside a busy server once saw that server call a CreateTable an invalid action). Every
 * other test class uses engines that start once per test JVM and stop when it ends.
 */
@Isolated
class DynamoDbBackendTest {

    @Test
    @DisplayName("the aws backend without credentials fails with one clear paragraph")
    void awsWithoutCredentials() {
        assertThatThrownBy(() -> DynamoDbBackend.requireAwsSetup(
                        () -> {
                            throw SdkClientException.create("Unable to load credentials from any provider");
                        },
                        () -> Region.EU_WEST_1))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("real Amazon DynamoDB")
                .hasMessageContaining("no credentials (Unable to load credentials")
                .hasMessageNotContaining("no region")
                .hasMessageContaining("aws configure")
                .hasMessageContaining("cost money");
    }

    @Test
    @DisplayName("the aws backend without a region fails the same way")
    void awsWithoutRegion() {
        assertThatThrownBy(() -> DynamoDbBackend.requireAwsSetup(AnonymousCredentialsProvider.create(), () -> {
                    throw SdkClientException.create("Unable to load region");
                }))
                .hasMessageContaining("no region (Unable to load region)")
                .hasMessageNotContaining("no credentials")
                .hasMessageContaining("AWS_REGION");
    }

    @Test
    @DisplayName("the embedded engine works, and refuses to build SDK clients (sync or async) it could not honour")
    void embeddedBackend() {
        try (DynamoDbBackend ddb = DynamoDbBackend.open(BackendConfig.of(Backend.EMBEDDED))) {
            assertThat(ddb.kind()).isEqualTo(Backend.EMBEDDED);
            assertThat(ddb.client().listTables().tableNames()).isEmpty();
            assertThatThrownBy(() -> ddb.newClient(b -> {}))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("local-server");
            assertThatThrownBy(() -> ddb.newAsyncClient(b -> {}))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("newAsyncClient")
                    .hasMessageContaining("-Dddb.backend=local-server");
        }
    }

    @Test
    @DisplayName("an endpoint where nothing listens is refused before any lesson, saying what to do")
    void nothingListening() throws Exception {
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort(); // free, and closed again: nothing listens there now
        }
        String url = "http://127.0.0.1:" + port;
        assertThatThrownBy(() -> DynamoDbBackend.open(BackendConfig.endpoint(url)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Nothing answers at " + url + " (Connection refused")
                .hasMessageContaining("-port " + port)
                .hasMessageContaining("drop -Dddb.endpoint");
    }

    @Test
    @DisplayName("an endpoint where something else answers is refused: not DynamoDB")
    void somethingElseAnswers() throws Exception {
        com.sun.net.httpserver.HttpServer web = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        web.createContext("/", exchange -> {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        web.start();
        try {
            String url = "http://127.0.0.1:" + web.getAddress().getPort();
            assertThatThrownBy(() -> DynamoDbBackend.open(BackendConfig.endpoint(url)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Something answers at " + url + ", but not as DynamoDB does (HTTP 404)");
        } finally {
            web.stop(0);
        }
    }

    @Test
    @DisplayName("local-server listens on loopback, and endpoint reaches it with the same tables")
    void localServerAndEndpoint() {
        try (DynamoDbBackend server = DynamoDbBackend.open(BackendConfig.of(Backend.LOCAL_SERVER))) {
            assertThat(server.endpoint())
                    .hasValueSatisfying(
                            uri -> assertThat(Endpoints.isLoopback(uri)).isTrue());
            String url = server.endpoint().orElseThrow().toString();

            String created;
            try (DynamoDbBackend endpoint = DynamoDbBackend.open(BackendConfig.endpoint(url));
                    Tables tables = Tables.forWalkthrough(endpoint)) {
                assertThat(endpoint.kind().shared()).isTrue();
                created = tables.reserve("Things");
                assertThat(created).startsWith("djx-").endsWith("-Things");
                tables.createAndWait(simpleTable(created));
                // The table is visible through the server backend's own client: one database.
                assertThat(server.client().listTables().tableNames()).contains(created);
            }
            // Closing the endpoint's Tables removed what it created, and nothing else.
            assertThat(server.client().listTables().tableNames()).doesNotContain(created);
        }
    }

    @ParameterizedTest(name = "{0}: the Streams client reads the table's changes")
    @EnumSource(
            value = Backend.class,
            names = {"EMBEDDED", "LOCAL_SERVER"})
    void streamsClientSeesChanges(Backend kind) {
        try (DynamoDbBackend ddb = DynamoDbBackend.open(BackendConfig.of(kind));
                Tables tables = Tables.forWalkthrough(ddb)) {
            String table = tables.reserve("Streamed");
            tables.createAndWait(simpleTable(table).toBuilder()
                    .streamSpecification(s -> s.streamEnabled(true).streamViewType(StreamViewType.NEW_IMAGE))
                    .build());
            ddb.client().putItem(b -> b.tableName(table).item(Map.of("id", AttributeValue.fromS("a"))));

            String streamArn =
                    ddb.client().describeTable(b -> b.tableName(table)).table().latestStreamArn();
            DynamoDbStreamsClient streams = ddb.streamsClient();
            String shardId = streams.describeStream(b -> b.streamArn(streamArn))
                    .streamDescription()
                    .shards()
                    .get(0)
                    .shardId();
            String iterator = streams.getShardIterator(b ->
                            b.streamArn(streamArn).shardId(shardId).shardIteratorType(ShardIteratorType.TRIM_HORIZON))
                    .shardIterator();
            List<Record> records =
                    streams.getRecords(b -> b.shardIterator(iterator)).records();

            assertThat(records).singleElement().satisfies(r -> {
                assertThat(r.eventName()).isEqualTo(OperationType.INSERT);
                assertThat(r.dynamodb().newImage()).containsEntry("id", AttributeValue.fromS("a"));
            });
        }
    }

    static CreateTableRequest simpleTable(String name) {
        return CreateTableRequest.builder()
                .tableName(name)
                .attributeDefinitions(AttributeDefinition.builder()
                        .attributeName("id")
                        .attributeType(ScalarAttributeType.S)
                        .build())
                .keySchema(KeySchemaElement.builder()
                        .attributeName("id")
                        .keyType(KeyType.HASH)
                        .build())
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .build();
    }
}
