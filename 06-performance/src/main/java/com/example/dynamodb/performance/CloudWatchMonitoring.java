package com.example.dynamodb.performance;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.ComparisonOperator;
import software.amazon.awssdk.services.cloudwatch.model.Dimension;
import software.amazon.awssdk.services.cloudwatch.model.GetMetricDataRequest;
import software.amazon.awssdk.services.cloudwatch.model.GetMetricDataResponse;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataQuery;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataResult;
import software.amazon.awssdk.services.cloudwatch.model.PutMetricAlarmRequest;
import software.amazon.awssdk.services.cloudwatch.model.Statistic;

/**
 * DynamoDB's own metrics live in CloudWatch (namespace AWS/DynamoDB), per table and per GSI.
 * DynamoDB Local publishes none: the tests verify these requests against a mock client.
 */
public final class CloudWatchMonitoring {

    // tag::metrics[]
    /** The metrics that tell you about capacity, throttling and conditional writes. */
    public static final List<String> METRICS = List.of(
            "ConsumedReadCapacityUnits",
            "ConsumedWriteCapacityUnits",
            "ProvisionedReadCapacityUnits",
            "ProvisionedWriteCapacityUnits",
            "ReadThrottleEvents",
            "WriteThrottleEvents",
            "ThrottledRequests",
            "ConditionalCheckFailedRequests");

    /** A table, or one GSI of it ({@code index} not null). */
    public record Resource(String table, String index) {
        public List<Dimension> dimensions() {
            List<Dimension> d = new ArrayList<>();
            d.add(Dimension.builder().name("TableName").value(table).build());
            if (index != null) {
                d.add(Dimension.builder()
                        .name("GlobalSecondaryIndexName")
                        .value(index)
                        .build());
            }
            return d;
        }

        public String id() {
            return (table + (index == null ? "" : "_" + index)).toLowerCase().replaceAll("[^a-z0-9_]", "_");
        }
    }

    /** One query per metric and resource: Sum per period (a rate needs Sum / period seconds). */
    public static GetMetricDataRequest request(List<Resource> resources, Instant start, Instant end, Duration period) {
        List<MetricDataQuery> queries = new ArrayList<>();
        for (Resource resource : resources) {
            for (String metric : METRICS) {
                // ConditionalCheckFailedRequests exists per table only.
                if (resource.index() != null && metric.equals("ConditionalCheckFailedRequests")) {
                    continue;
                }
                queries.add(MetricDataQuery.builder()
                        .id("m" + queries.size() + "_" + resource.id())
                        .label(resource.table() + (resource.index() == null ? "" : "/" + resource.index()) + " "
                                + metric)
                        .metricStat(s -> s.metric(m -> m.namespace("AWS/DynamoDB")
                                        .metricName(metric)
                                        .dimensions(resource.dimensions()))
                                .period((int) period.toSeconds())
                                .stat(metric.startsWith("Provisioned") ? "Average" : "Sum"))
                        .build());
            }
        }
        return GetMetricDataRequest.builder()
                .startTime(start)
                .endTime(end)
                .metricDataQueries(queries)
                .build();
    }

    /** Every value of every query, by label ("Orders/ByStatus WriteThrottleEvents"), all pages. */
    public static Map<String, Double> sums(CloudWatchClient cloudWatch, GetMetricDataRequest request) {
        Map<String, Double> sums = new HashMap<>();
        for (GetMetricDataResponse page : cloudWatch.getMetricDataPaginator(request)) {
            for (MetricDataResult r : page.metricDataResults()) {
                sums.merge(
                        r.label(),
                        r.values().stream().mapToDouble(Double::doubleValue).sum(),
                        Double::sum);
            }
        }
        return sums;
    }
    // end::metrics[]

    private CloudWatchMonitoring() {}

    // tag::alarm[]
    /** An alarm when a table (or its GSI {@code index}, if not null) throttles in 5 consecutive minutes. */
    public static PutMetricAlarmRequest throttlingAlarm(String table, String index, String snsTopicArn) {
        List<Dimension> dimensions = new ArrayList<>();
        dimensions.add(Dimension.builder().name("TableName").value(table).build());
        if (index != null) {
            dimensions.add(Dimension.builder()
                    .name("GlobalSecondaryIndexName")
                    .value(index)
                    .build());
        }
        return PutMetricAlarmRequest.builder()
                .alarmName("dynamodb-throttling-" + table + (index == null ? "" : "-" + index))
                .alarmDescription(
                        "Requests to " + table + (index == null ? "" : " index " + index) + " are being throttled")
                .namespace("AWS/DynamoDB")
                // A table's ThrottledRequests also counts writes throttled by its GSIs.
                .metricName(index == null ? "ThrottledRequests" : "WriteThrottleEvents")
                .dimensions(dimensions)
                .statistic(Statistic.SUM)
                .period(60)
                .evaluationPeriods(5)
                .datapointsToAlarm(5)
                .threshold(0.0)
                .comparisonOperator(ComparisonOperator.GREATER_THAN_THRESHOLD)
                .treatMissingData("notBreaching") // no data: nothing was throttled
                .alarmActions(snsTopicArn)
                .build();
    }
    // end::alarm[]

    /**
     * Tables and GSIs that consumed no read and no write capacity over the request's period:
     * candidates to delete (an unused GSI still costs storage, and its provisioned capacity).
     */
    public static List<Resource> unused(
            CloudWatchClient cloudWatch, List<Resource> resources, Instant start, Instant end) {
        Map<String, Double> sums = sums(cloudWatch, request(resources, start, end, Duration.ofDays(1)));
        List<Resource> unused = new ArrayList<>();
        for (Resource r : resources) {
            String prefix = r.table() + (r.index() == null ? "" : "/" + r.index()) + " ";
            double consumed = sums.getOrDefault(prefix + "ConsumedReadCapacityUnits", 0.0)
                    + sums.getOrDefault(prefix + "ConsumedWriteCapacityUnits", 0.0);
            if (consumed == 0) {
                unused.add(r);
            }
        }
        return unused;
    }
}
