package com.example.dynamodb.performance;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.client.builder.SdkClientBuilder;
import software.amazon.awssdk.core.metrics.CoreMetric;
import software.amazon.awssdk.metrics.MetricCollection;
import software.amazon.awssdk.metrics.MetricPublisher;
import software.amazon.awssdk.metrics.SdkMetric;
import software.amazon.awssdk.metrics.publishers.cloudwatch.CloudWatchMetricPublisher;
import software.amazon.awssdk.services.cloudwatch.CloudWatchAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The SDK measures every call it makes: its duration, its attempts, its retries. A
 * {@link MetricPublisher} receives one {@link MetricCollection} per call. This one keeps them in
 * memory (for a test, or a debug page); {@link #toCloudWatch} sends them to CloudWatch instead.
 */
public final class SdkMetrics implements MetricPublisher {

    // tag::publisher[]
    /** What one API call looked like, from the SDK's own metrics. */
    public record Call(String operation, boolean successful, int retries, int attempts, Duration duration) {}

    private final List<Call> calls = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void publish(MetricCollection metrics) {
        // One collection per API call; each attempt (the first try and every retry) is a child.
        calls.add(new Call(
                first(metrics, CoreMetric.OPERATION_NAME, "?"),
                first(metrics, CoreMetric.API_CALL_SUCCESSFUL, false),
                first(metrics, CoreMetric.RETRY_COUNT, 0),
                (int) metrics.children().stream()
                        .filter(c -> c.name().equals("ApiCallAttempt"))
                        .count(),
                first(metrics, CoreMetric.API_CALL_DURATION, Duration.ZERO)));
    }

    private static <T> T first(MetricCollection metrics, SdkMetric<T> metric, T fallback) {
        List<T> values = metrics.metricValues(metric);
        return values.isEmpty() ? fallback : values.get(0);
    }

    /** The calls published so far, in the order they ended. */
    public List<Call> calls() {
        synchronized (calls) {
            return List.copyOf(calls);
        }
    }

    @Override
    public void close() {}

    /**
     * Adds a metric publisher to a client builder and keeps what the builder already has:
     * {@code builder.overrideConfiguration(o -> ...)} would start from an empty configuration and
     * drop the caller's retry strategy, timeouts and interceptors.
     */
    public static <B extends SdkClientBuilder<B, ?>> B addTo(B builder, MetricPublisher publisher) {
        return builder.overrideConfiguration(builder.overrideConfiguration().toBuilder()
                .addMetricPublisher(publisher)
                .build());
    }
    // end::publisher[]

    // tag::cloudwatch[]
    /**
     * The SDK's own publisher to CloudWatch: it aggregates the metrics and sends them with
     * PutMetricData every minute (and on close). Install it on the DynamoDB client's builder with
     * {@code SdkMetrics.addTo(builder, publisher)}; close it before the CloudWatch client.
     */
    public static MetricPublisher toCloudWatch(CloudWatchAsyncClient cloudWatch, String namespace) {
        return CloudWatchMetricPublisher.builder()
                .cloudWatchClient(cloudWatch)
                .namespace(namespace)
                .uploadFrequency(Duration.ofMinutes(1))
                .build();
    }
    // end::cloudwatch[]

    /** Needs an SDK-built client: on the embedded engine it runs on a local server. */
    static void demo(DynamoDbBackend ddb, Tables tables) {
        Walkthroughs.onSdkPipeline(ddb, tables, "metric publishers and interceptors", SdkMetrics::demoOnSdk);
    }

    private static void demoOnSdk(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("Monitoring: the SDK's metrics and consumed capacity per table");
        String table = TableSetup.create(ddb.client(), tables, "Monitored", false);
        SdkMetrics metrics = new SdkMetrics();
        ConsumedCapacityRecorder recorder = new ConsumedCapacityRecorder();
        // Installed as the lesson teaches: added to the builder's configuration, not replacing it.
        try (DynamoDbClient client = ddb.newClient(b -> recorder.addTo(addTo(b, metrics)))) {
            client.putItem(b -> b.tableName(table).item(WorkedExamples.paddedItem("big", 5000)));
            client.putItem(b -> b.tableName(table).item(Map.of("pk", AttributeValue.fromS("small"))));
            client.getItem(b -> b.tableName(table).key(Map.of("pk", AttributeValue.fromS("big"))));
        }
        for (Call call : metrics.calls()) {
            Narrator.say(call.operation() + ": successful=" + call.successful() + ", attempts=" + call.attempts()
                    + ", retries=" + call.retries());
        }
        recorder.units().forEach((k, v) -> Narrator.show("consumed " + k.replace(table, "Monitored"), v));
    }

    public static void main(String[] args) {
        Walkthroughs.run(SdkMetrics::demo);
    }
}
