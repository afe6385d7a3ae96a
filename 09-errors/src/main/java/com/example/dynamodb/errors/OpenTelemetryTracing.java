package com.example.dynamodb.errors;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.instrumentation.awssdk.v2_2.AwsSdkTelemetry;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.client.builder.SdkClientBuilder;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/**
 * OpenTelemetry's instrumentation of the AWS SDK makes one CLIENT span per call, named
 * "DynamoDb.PutItem", with the operation, the table names and the request id as attributes. A call
 * the SDK retried is still one span: the retries do not appear as spans, only (if you ask) as one
 * "HTTP request failure" event per failed attempt. Export the spans to X-Ray, Jaeger or any
 * OpenTelemetry backend; the X-Ray propagator keeps the trace id compatible with X-Ray's.
 */
public final class OpenTelemetryTracing {

    private OpenTelemetryTracing() {}

    // tag::otel[]
    /** OpenTelemetry's interceptor for the SDK: one span per call. */
    public static ExecutionInterceptor interceptor(OpenTelemetry openTelemetry) {
        return AwsSdkTelemetry.builder(openTelemetry)
                .setRecordIndividualHttpError(true) // an event on the span for each failed attempt
                .build()
                .createExecutionInterceptor();
    }

    /**
     * Adds tracing to a client builder (sync or async) and keeps what the builder already has: the
     * caller's retry strategy, timeouts, metric publishers and interceptors.
     * {@code builder.overrideConfiguration(o -> ...)} would start from an empty configuration and drop them.
     */
    public static <B extends SdkClientBuilder<B, ?>> B addTo(B builder, OpenTelemetry openTelemetry) {
        return builder.overrideConfiguration(builder.overrideConfiguration().toBuilder()
                .addExecutionInterceptor(interceptor(openTelemetry))
                .build());
    }
    // end::otel[]

    /** What one span says about its DynamoDB call. */
    public record Call(
            String spanName,
            String operation,
            List<String> tables,
            String requestId,
            boolean error,
            int failedAttempts) {}

    public static Call describe(SpanData span) {
        return new Call(
                span.getName(),
                span.getAttributes().get(AttributeKey.stringKey("rpc.method")),
                span.getAttributes().get(AttributeKey.stringArrayKey("aws.dynamodb.table_names")),
                span.getAttributes().get(AttributeKey.stringKey("aws.request_id")),
                span.getStatus().getStatusCode() == StatusCode.ERROR,
                (int) span.getEvents().stream()
                        .filter(e -> e.getName().equals("HTTP request failure"))
                        .count());
    }

    /** For the walkthrough: keeps finished spans (tests use the SDK's InMemorySpanExporter). */
    private static final class Collected implements SpanExporter {
        final List<SpanData> spans = new ArrayList<>();

        @Override
        public synchronized CompletableResultCode export(Collection<SpanData> finished) {
            spans.addAll(finished);
            return CompletableResultCode.ofSuccess();
        }

        @Override
        public CompletableResultCode flush() {
            return CompletableResultCode.ofSuccess();
        }

        @Override
        public CompletableResultCode shutdown() {
            return CompletableResultCode.ofSuccess();
        }
    }

    static void demo(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("Tracing with OpenTelemetry");
        String table = AccountsTable.create(tables, "Accounts");
        Collected exported = new Collected();
        try (OpenTelemetrySdk otel = OpenTelemetrySdk.builder()
                        .setTracerProvider(SdkTracerProvider.builder()
                                .addSpanProcessor(SimpleSpanProcessor.create(exported))
                                .build())
                        .build();
                DynamoDbClient client = ddb.newClient(b -> addTo(b, otel))) {
            AccountsTable.open(client, table, "alice", "alice", 10);
            try {
                client.getItem(
                        b -> b.tableName(table + "-typo").key(Map.of(AccountsTable.PK, AttributeValue.fromS("a"))));
            } catch (DynamoDbException expected) {
                // the span ends with status ERROR and an exception event
            }
        }
        for (SpanData span : exported.spans) {
            Call call = describe(span);
            Narrator.say(
                    call.spanName() + ": tables " + call.tables().toString().replace(table, "Accounts") + ", error "
                            + call.error() + ", aws.request_id present " + (call.requestId() != null));
        }
    }

    public static void main(String[] args) {
        Walkthroughs.run(OpenTelemetryTracing::demo);
    }
}
