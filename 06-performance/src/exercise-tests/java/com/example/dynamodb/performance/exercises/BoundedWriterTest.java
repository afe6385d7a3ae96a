package com.example.dynamodb.performance.exercises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.dynamodb.performance.InFlightRequests;
import com.example.dynamodb.performance.TestTables;
import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/**
 * Exercise 06.3: each test gets an async client on DynamoDB Local's HTTP server whose requests are
 * counted where the SDK sends them, and held back on the wire until as many as allowed are
 * waiting ({@link InFlightRequests}): "at most 5" and "really 5 at once" are both proven, without
 * depending on the machine's speed.
 */
@DynamoDbTest(sdkClient = true)
@DisplayName("Exercise 06.3 Bound in-flight async writes with a semaphore")
class BoundedWriterTest {

    private InFlightRequests wire;
    private DynamoDbAsyncClient async;
    private String table;

    @BeforeEach
    void open(DynamoDbBackend backend, Tables tables) {
        wire = InFlightRequests.open(backend, NettyNioAsyncHttpClient.builder());
        async = wire.client();
        table = TestTables.keyedByPk(tables, "Exercise063");
    }

    @AfterEach
    void close() {
        wire.close();
    }

    private static List<Map<String, AttributeValue>> items(int count) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            items.add(Map.of("pk", AttributeValue.fromS("item-" + i), "n", AttributeValue.fromN(String.valueOf(i))));
        }
        return items;
    }

    @Test
    @DisplayName("300 writes with at most 5 in flight: all written, 5 outstanding at once and never more")
    void bounded(DynamoDbClient client) throws Exception {
        wire.holdUntil(5); // no response until 5 requests wait: fewer than 5 at once never gets past here
        int written = BoundedWriter.putAll(async, table, items(300), 5).get(60, TimeUnit.SECONDS);
        assertThat(written).isEqualTo(300);
        assertThat(wire.max()).as("requests in flight at once").isEqualTo(5);
        long stored =
                client.scanPaginator(b -> b.tableName(table)).items().stream().count();
        assertThat(stored).isEqualTo(300);
    }

    @Test
    @DisplayName(
            "writes to a table that does not exist fail the returned future with ResourceNotFoundException, no hang")
    void failureSurfaces() {
        assertThatThrownBy(() -> BoundedWriter.putAll(async, "no-such-table", items(10), 3)
                        .get(60, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .hasRootCauseInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    @DisplayName("maxInFlight 0 is refused with an IllegalArgumentException")
    void zeroRefused() {
        assertThatThrownBy(() -> BoundedWriter.putAll(async, table, items(1), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
