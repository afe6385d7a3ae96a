package com.example.dynamodb.advanced;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.UnprocessedItemsInjector;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** DynamoDB Local never leaves items unprocessed: an interceptor on an SDK-built client does. */
@DynamoDbTest(sdkClient = true)
class LogicalRestoreRetriesTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("items handed back as UnprocessedItems are re-sent until each of 60 reaches the table exactly once")
    void resendsOnlyWhatWasLeft(DynamoDbClient client, DynamoDbBackend backend, Tables tables) throws IOException {
        String source = tables.reserve("Source");
        tables.createAndWait(OrdersTable.definition(source, null));
        String target = tables.reserve("Restored");
        tables.createAndWait(OrdersTable.definition(target, null));
        List<Map<String, AttributeValue>> orders = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            orders.add(OrdersTable.order("c1", String.format("o%02d", i), "1"));
        }
        orders.forEach(o -> client.putItem(b -> b.tableName(source).item(o)));
        Path file = dir.resolve("orders.jsonl");
        ExecutorService workers = Executors.newFixedThreadPool(2);
        try {
            LogicalBackup.export(client, source, 2, file, workers);
        } finally {
            workers.shutdownNow();
        }
        UnprocessedItemsInjector injector = new UnprocessedItemsInjector(OrdersTable.SK, 2);

        try (DynamoDbClient disturbed = backend.newClient(b ->
                b.overrideConfiguration(o -> o.addExecutionInterceptor(injector).retryStrategy(RetryMode.STANDARD)))) {
            assertThat(LogicalRestore.restore(disturbed, target, file)).isEqualTo(60);
        }

        // Chunk 1 (25 writes): the two disturbed calls withhold 12, then 6, which a third call sends.
        // Chunks 2 (25) and 3 (10) go through in one call each: 5 calls in all.
        assertThat(injector.calls()).isEqualTo(5);
        assertThat(injector.timesSent())
                .hasSize(60)
                .allSatisfy((orderId, times) -> assertThat(times).as(orderId).isOne());
        assertThat(client.scanPaginator(b -> b.tableName(target).consistentRead(true)).items().stream()
                        .count())
                .isEqualTo(60);
    }
}
