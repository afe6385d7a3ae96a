package com.example.dynamodb.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.dynamodb.errors.OpenTelemetryTracing.Call;
import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.FaultInjector;
import com.example.dynamodb.support.FaultInjector.Fault;
import com.example.dynamodb.support.Tables;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.InternalServerErrorException;

@DynamoDbTest(sdkClient = true)
class OpenTelemetryTracingTest {

    private final InMemorySpanExporter exporter = InMemorySpanExporter.create();
    private final OpenTelemetrySdk otel = OpenTelemetrySdk.builder()
            .setTracerProvider(SdkTracerProvider.builder()
                    .addSpanProcessor(SimpleSpanProcessor.create(exporter))
                    .build())
            .build();

    @AfterEach
    void close() {
        otel.close();
    }

    private DynamoDbClient traced(DynamoDbBackend backend, FaultInjector faults) {
        return backend.newClient(b -> OpenTelemetryTracing.addTo(
                b.httpClientBuilder(faults.httpClientBuilder())
                        .overrideConfiguration(o -> o.retryStrategy(FastRetries.standard(3))),
                otel));
    }

    @Test
    @DisplayName("a call is one CLIENT span named DynamoDb.PutItem, with the operation, table and request id")
    void spanPerCall(DynamoDbBackend backend, Tables tables) {
        String table = AccountsTable.create(tables, "Accounts");

        String requestId;
        try (DynamoDbClient client = traced(backend, new FaultInjector())) {
            requestId = RequestIds.putAndReturnRequestId(
                    client, table, Map.of(AccountsTable.PK, AttributeValue.fromS("a")));
        }

        List<SpanData> spans = exporter.getFinishedSpanItems();
        assertThat(spans)
                .singleElement()
                .satisfies(span -> assertThat(span.getKind()).isEqualTo(SpanKind.CLIENT));
        assertThat(OpenTelemetryTracing.describe(spans.get(0)))
                .isEqualTo(new Call("DynamoDb.PutItem", "PutItem", List.of(table), requestId, false, 0));
    }

    @Test
    @DisplayName("a call retried twice is still one span, not in error, with one failure event per failed attempt")
    void retriedCall(DynamoDbBackend backend, Tables tables) {
        String table = AccountsTable.create(tables, "Accounts");
        FaultInjector faults = new FaultInjector().inject("PutItem", Fault.THROTTLE, 2);

        try (DynamoDbClient client = traced(backend, faults)) {
            RequestIds.putAndReturnRequestId(client, table, Map.of(AccountsTable.PK, AttributeValue.fromS("a")));
        }

        assertThat(faults.attempts("PutItem")).isEqualTo(3);
        assertThat(exporter.getFinishedSpanItems()).singleElement().satisfies(span -> {
            Call call = OpenTelemetryTracing.describe(span);
            assertThat(call.error()).isFalse();
            assertThat(call.failedAttempts()).isEqualTo(2);
        });
    }

    @Test
    @DisplayName("a failed call ends its span in ERROR with the exception, and without an aws.request_id attribute")
    void failedCall(DynamoDbBackend backend, Tables tables) {
        String table = AccountsTable.create(tables, "Accounts");
        FaultInjector faults = new FaultInjector().inject("GetItem", Fault.SERVER_ERROR, 3);

        try (DynamoDbClient client = traced(backend, faults)) {
            assertThatThrownBy(() -> TableErrors.findAccount(client, table, "a"))
                    .isInstanceOf(InternalServerErrorException.class);
        }

        SpanData span = exporter.getFinishedSpanItems().get(0);
        Call call = OpenTelemetryTracing.describe(span);
        assertThat(call.error()).isTrue();
        assertThat(call.requestId()).isNull(); // X-Ray's subsegment has it; this span does not
        assertThat(call.failedAttempts()).isEqualTo(3);
        assertThat(span.getEvents()).anySatisfy(e -> assertThat(e.getName()).isEqualTo("exception"));
    }

    @Test
    @DisplayName("addTo keeps the caller's interceptor and retry strategy: 2 attempts, both seen, one traced span")
    void keepsTheCallersSettings(DynamoDbBackend backend, Tables tables) {
        String table = AccountsTable.create(tables, "Accounts");
        CallersSettings callers = new CallersSettings("GetItem");

        try (DynamoDbClient client = backend.newClient(b -> {
            OpenTelemetryTracing.addTo(callers.applyTo(b), otel);
            callers.assertKeptIn(b.overrideConfiguration());
        })) {
            callers.assertInForce(() -> TableErrors.findAccount(client, table, "a"));
        }

        assertThat(exporter.getFinishedSpanItems())
                .singleElement()
                .satisfies(
                        span -> assertThat(OpenTelemetryTracing.describe(span).failedAttempts())
                                .isEqualTo(2));
    }
}
