package com.example.dynamodb.techniques;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import software.amazon.awssdk.core.client.builder.SdkClientBuilder;
import software.amazon.awssdk.core.metrics.CoreMetric;
import software.amazon.awssdk.http.HttpMetric;
import software.amazon.awssdk.metrics.MetricCollection;
import software.amazon.awssdk.metrics.MetricPublisher;

// tag::publisher[]
/**
 * The SDK's own measurements of every call, through its metric publisher interface: how many
 * attempts a call took, each attempt's HTTP status and service time, and the call's total time.
 * Register it on a client builder with {@link #addTo}, which keeps the builder's other settings; in production the SDK's {@code CloudWatchMetricPublisher} (long-running applications) or
 * {@code EmfMetricLoggingPublisher} (Lambda functions) sends the same numbers to CloudWatch.
 */
public final class SdkCallMetrics implements MetricPublisher {

    /** One API call as the SDK saw it. */
    public record Call(
            String operation,
            boolean successful,
            Duration apiCallDuration,
            List<Integer> attemptStatusCodes,
            List<Duration> attemptServiceTimes) {

        public int attempts() {
            return attemptStatusCodes.size();
        }
    }

    private final List<Call> calls = new CopyOnWriteArrayList<>();

    @Override
    public void publish(MetricCollection metrics) {
        // One collection per API call; its children named "ApiCallAttempt" are the attempts (retries included).
        List<MetricCollection> attempts = metrics.children().stream()
                .filter(child -> child.name().equals("ApiCallAttempt"))
                .toList();
        calls.add(new Call(
                metrics.metricValues(CoreMetric.OPERATION_NAME).get(0),
                metrics.metricValues(CoreMetric.API_CALL_SUCCESSFUL).stream()
                        .findFirst()
                        .orElse(false),
                metrics.metricValues(CoreMetric.API_CALL_DURATION).stream()
                        .findFirst()
                        .orElse(Duration.ZERO),
                attempts.stream()
                        .map(a -> a.metricValues(HttpMetric.HTTP_STATUS_CODE).stream()
                                .findFirst()
                                .orElse(0))
                        .toList(),
                attempts.stream()
                        .map(a -> a.metricValues(CoreMetric.SERVICE_CALL_DURATION).stream()
                                .findFirst()
                                .orElse(Duration.ZERO))
                        .toList()));
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    @Override
    public void close() {}

    /**
     * Adds this publisher to a client builder (sync or async) and keeps what the builder already has:
     * the caller's retry strategy, timeouts, interceptors and other publishers.
     * {@code builder.overrideConfiguration(o -> ...)} would start from an empty configuration and drop them.
     */
    public <B extends SdkClientBuilder<B, ?>> B addTo(B builder) {
        return builder.overrideConfiguration(builder.overrideConfiguration().toBuilder()
                .addMetricPublisher(this)
                .build());
    }
}
// end::publisher[]
