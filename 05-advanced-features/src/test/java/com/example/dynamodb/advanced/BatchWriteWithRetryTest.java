package com.example.dynamodb.advanced;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.UnprocessedItemsInjector;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/** The corpus's rule for UnprocessedItems (03-crud's): 10 attempts per batch, full jitter, 50 ms base, 5 s cap. */
@DynamoDbTest(sdkClient = true)
class BatchWriteWithRetryTest {

    private static List<WriteRequest> puts(int count) {
        List<WriteRequest> writes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            writes.add(WriteRequest.builder()
                    .putRequest(PutRequest.builder()
                            .item(OrdersTable.order("c1", String.format("o%02d", i), "1"))
                            .build())
                    .build());
        }
        return writes;
    }

    /** Always the highest value allowed: each wait is then exactly its ceiling. */
    private static final RandomGenerator HIGHEST = new RandomGenerator() {
        @Override
        public long nextLong() {
            return Long.MAX_VALUE;
        }

        @Override
        public long nextLong(long bound) {
            return bound - 1;
        }
    };

    @Test
    @DisplayName("only the UnprocessedItems are sent again, each item once, after waits within 50 ms * 2^(retry-1)")
    void resendsExactlyWhatWasLeft(DynamoDbBackend backend, Tables tables) {
        String table = tables.reserve("Orders");
        tables.createAndWait(OrdersTable.definition(table, null));
        UnprocessedItemsInjector injector = new UnprocessedItemsInjector(OrdersTable.SK, 4);
        List<Long> waits = new ArrayList<>();

        try (DynamoDbClient client = backend.newClient(b ->
                b.overrideConfiguration(o -> o.addExecutionInterceptor(injector).retryStrategy(RetryMode.STANDARD)))) {
            BatchWriteWithRetry.write(client, table, puts(25), ThreadLocalRandom.current(), waits::add);

            assertThat(client.scanPaginator(b -> b.tableName(table).consistentRead(true)).items().stream()
                            .count())
                    .isEqualTo(25);
        }
        // 25 writes: four disturbed calls withhold 12, 6, 3, then 1, which a fifth call sends.
        assertThat(injector.calls()).isEqualTo(5);
        assertThat(injector.timesSent())
                .hasSize(25)
                .allSatisfy((id, times) -> assertThat(times).as(id).isOne());
        assertThat(waits).hasSize(4);
        for (int retry = 1; retry <= 4; retry++) {
            assertThat(waits.get(retry - 1)).as("wait before retry " + retry).isBetween(0L, 50L << (retry - 1));
        }
    }

    @Test
    @DisplayName("a batch that never gets through stops after 10 calls, naming what is left; the ceilings double"
            + " from 50 ms and stop at 5 s")
    void givesUpAfterTenAttempts() {
        DynamoDbClient throttled = mock(DynamoDbClient.class);
        when(throttled.batchWriteItem(any(BatchWriteItemRequest.class)))
                .thenAnswer(call -> BatchWriteItemResponse.builder()
                        .unprocessedItems(((BatchWriteItemRequest) call.getArgument(0)).requestItems())
                        .build());
        List<Long> waits = new ArrayList<>();

        assertThatThrownBy(() -> BatchWriteWithRetry.write(throttled, "Orders", puts(3), HIGHEST, waits::add))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("3 item(s) still unprocessed after 10 attempts; the table may be throttled");
        verify(throttled, times(10)).batchWriteItem(any(BatchWriteItemRequest.class));
        assertThat(waits).containsExactly(50L, 100L, 200L, 400L, 800L, 1600L, 3200L, 5000L, 5000L);
    }
}
