package com.example.dynamodb.projects.iot;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.UnprocessedItemsInjector;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * DynamoDB Local never leaves items unprocessed; the injector (an SDK interceptor) makes it, so
 * these tests run on DynamoDB Local's HTTP server with an SDK-built client.
 */
@DynamoDbTest(sdkClient = true)
class UnprocessedReadingsTest {

    @Test
    @DisplayName("with unprocessed items injected, each reading reaches the server exactly once and none is lost")
    void unprocessedItemsAreResent(DynamoDbBackend backend, Tables tables) {
        UnprocessedItemsInjector injector = new UnprocessedItemsInjector("msgId", 12);
        try (DynamoDbClient client = backend.newClient(b ->
                b.overrideConfiguration(o -> o.addExecutionInterceptor(injector).retryStrategy(RetryMode.STANDARD)))) {
            String table = IotTables.createReadings(tables, client, "Readings");
            List<Reading> readings = FleetSimulator.readings(12, 25, ReadingIngestTest.START, Duration.ofMinutes(1));

            ReadingIngest.Report report = ReadingIngest.ingest(client, table, readings, 4, n -> {});

            assertThat(report.written()).isEqualTo(300);
            assertThat(report.resends()).isPositive();
            assertThat(report.calls()).isEqualTo(injector.calls()).isEqualTo(12 + report.resends());
            assertThat(ReadingIngestTest.stored(client, table)).isEqualTo(300);
        }
        assertThat(injector.timesSent())
                .hasSize(300)
                .allSatisfy((msgId, times) -> assertThat(times).isOne());
    }
}
