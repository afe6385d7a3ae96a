package com.example.dynamodb.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.async.AsyncExecuteRequest;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.http.nio.netty.SdkEventLoopGroup;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@DynamoDbTest(sdkClient = true)
class AsyncClientTest {

    /** The tests' own Netty clients share these threads, stopped at once: a client that owns its threads waits 2 s for them. */
    private static SdkEventLoopGroup loops;

    @BeforeAll
    static void startLoops() {
        loops = SdkEventLoopGroup.builder().numberOfThreads(1).build();
    }

    @AfterAll
    static void stopLoops() {
        loops.eventLoopGroup().shutdownGracefully(0, 1, TimeUnit.SECONDS);
    }

    @Test
    @DisplayName("an item written by the async client is read back by the sync client: one database")
    void asyncWriteSyncRead(DynamoDbBackend backend, DynamoDbClient client, Tables tables) {
        String table = tables.reserve("Async");
        tables.createAndWait(DynamoDbBackendTest.simpleTable(table));
        Map<String, AttributeValue> item = Map.of("id", AttributeValue.fromS("a1"), "n", AttributeValue.fromN("7"));

        try (DynamoDbAsyncClient async = backend.newAsyncClient(b -> {})) {
            async.putItem(b -> b.tableName(table).item(item)).join();
        }

        assertThat(client.getItem(b -> b.tableName(table).key(Map.of("id", AttributeValue.fromS("a1"))))
                        .item())
                .isEqualTo(item);
    }

    @Test
    @DisplayName("a customizer's own HTTP client is the one that sends, not the backend's")
    void customizersHttpClient(DynamoDbBackend backend) {
        AtomicInteger sent = new AtomicInteger();
        try (SdkAsyncHttpClient netty =
                        NettyNioAsyncHttpClient.builder().eventLoopGroup(loops).build();
                DynamoDbAsyncClient async = backend.newAsyncClient(b -> b.httpClient(new SdkAsyncHttpClient() {
                    @Override
                    public CompletableFuture<Void> execute(AsyncExecuteRequest request) {
                        sent.incrementAndGet();
                        return netty.execute(request);
                    }

                    @Override
                    public void close() {}
                }))) {
            async.listTables(b -> b.limit(1)).join();
        }

        assertThat(sent).hasValue(1);
    }

    @Test
    @DisplayName("a customizer's own HTTP client builder is accepted beside the backend's defaults")
    void customizersHttpClientBuilder(DynamoDbBackend backend) {
        try (DynamoDbAsyncClient async = backend.newAsyncClient(b -> b.httpClientBuilder(
                NettyNioAsyncHttpClient.builder().eventLoopGroup(loops).maxConcurrency(4)))) {
            assertThat(async.listTables(b -> b.limit(1))
                            .join()
                            .sdkHttpResponse()
                            .isSuccessful())
                    .isTrue();
        }
    }
}
