package com.example.dynamodb.projects.iot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.dynamodb.projects.TestTables;
import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.UnprocessedItemsInjector;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;

/**
 * DynamoDB Local never leaves items unprocessed; interceptors make it, so these tests run on
 * DynamoDB Local's HTTP server with an SDK-built client, and count the calls where they are sent.
 */
@DynamoDbTest(sdkClient = true)
class UnprocessedReadingsTest {

    @Test
    @DisplayName("with unprocessed items injected, each reading reaches the server exactly once and none is lost")
    void unprocessedItemsAreResent(DynamoDbBackend backend, Tables tables) {
        UnprocessedItemsInjector injector = new UnprocessedItemsInjector("msgId", 12);
        try (DynamoDbClient client = backend.newClient(b ->
                b.overrideConfiguration(o -> o.addExecutionInterceptor(injector).retryStrategy(RetryMode.STANDARD)))) {
            String table = TestTables.readingsWithoutTtl(tables);
            List<Reading> readings = FleetSimulator.readings(12, 25, ReadingIngestTest.START, Duration.ofMinutes(1));

            ReadingIngest.Report report = ReadingIngestTest.ingest(client, table, readings, 4, n -> {});

            assertThat(report.written()).isEqualTo(300);
            assertThat(report.resends()).isPositive();
            assertThat(injector.calls()).isEqualTo(12 + report.resends()); // 12 batches, then the re-sends
            assertThat(ReadingIngestTest.stored(client, table)).isEqualTo(300);
        }
        assertThat(injector.timesSent())
                .hasSize(300)
                .allSatisfy((msgId, times) -> assertThat(times).isOne());
    }

    /** Answers every BatchWriteItem with all its writes unprocessed, as a table throttled for good would. */
    static final class NothingProcessed implements ExecutionInterceptor {
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public SdkResponse modifyResponse(Context.ModifyResponse context, ExecutionAttributes attributes) {
            if (context.request() instanceof BatchWriteItemRequest request
                    && context.response() instanceof BatchWriteItemResponse response) {
                calls.incrementAndGet();
                // DynamoDB Local applied the writes; only the answer says otherwise, which is all the loop sees.
                return response.toBuilder()
                        .unprocessedItems(request.requestItems())
                        .build();
            }
            return context.response();
        }
    }

    @Test
    @DisplayName("a batch still unprocessed after maxAttempts calls fails the ingest with a sentence, after exactly"
            + " maxAttempts calls")
    void givesUpAfterMaxAttempts(DynamoDbBackend backend, Tables tables) {
        NothingProcessed nothing = new NothingProcessed();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (DynamoDbClient client =
                backend.newClient(b -> b.overrideConfiguration(o -> o.addExecutionInterceptor(nothing)))) {
            String table = TestTables.readingsWithoutTtl(tables);
            List<Reading> readings = FleetSimulator.readings(25, 1, ReadingIngestTest.START, Duration.ofMinutes(1));
            ReadingIngest.Resend fast = new ReadingIngest.Resend(0, 0, 3); // no pauses: the attempts are the point

            assertThatThrownBy(() -> ReadingIngest.ingest(client, table, readings, pool, 1, fast, n -> {}))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("ingest failed after 0 readings: 25 reading(s) still unprocessed after 3 attempts;"
                            + " the table may be throttled");
        } finally {
            pool.shutdown();
        }
        assertThat(nothing.calls).hasValue(3);
    }
}
