package com.example.dynamodb.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.example.dynamodb.performance.CloudWatchMonitoring.Resource;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.ComparisonOperator;
import software.amazon.awssdk.services.cloudwatch.model.Dimension;
import software.amazon.awssdk.services.cloudwatch.model.GetMetricDataRequest;
import software.amazon.awssdk.services.cloudwatch.model.GetMetricDataResponse;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataQuery;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataResult;
import software.amazon.awssdk.services.cloudwatch.model.PutMetricAlarmRequest;
import software.amazon.awssdk.services.cloudwatch.model.Statistic;
import software.amazon.awssdk.services.cloudwatch.paginators.GetMetricDataIterable;

/** CloudWatch is not part of DynamoDB Local: these verify the requests, on mocked responses; they need AWS to run. */
class CloudWatchMonitoringTest {

    private static final Instant END = Instant.parse("2026-11-24T00:00:00Z");
    private static final Instant START = END.minus(Duration.ofDays(14));

    @Test
    @DisplayName(
            "verifies the GetMetricData request: every capacity and throttling metric of the table and of each GSI,"
                    + " with the right dimensions")
    void metricDataRequest() {
        GetMetricDataRequest request = CloudWatchMonitoring.request(
                List.of(new Resource("Orders", null), new Resource("Orders", "ByStatus")),
                START,
                END,
                Duration.ofMinutes(5));

        assertThat(request.metricDataQueries()).hasSize(8 + 7);
        MetricDataQuery gsiThrottles = request.metricDataQueries().stream()
                .filter(q -> q.label().equals("Orders/ByStatus WriteThrottleEvents"))
                .findFirst()
                .orElseThrow();
        assertThat(gsiThrottles.metricStat().metric().namespace()).isEqualTo("AWS/DynamoDB");
        assertThat(gsiThrottles.metricStat().metric().dimensions())
                .containsExactly(
                        Dimension.builder().name("TableName").value("Orders").build(),
                        Dimension.builder()
                                .name("GlobalSecondaryIndexName")
                                .value("ByStatus")
                                .build());
        assertThat(gsiThrottles.metricStat().stat()).isEqualTo("Sum");
        assertThat(gsiThrottles.metricStat().period()).isEqualTo(300);
        assertThat(request.metricDataQueries().stream().map(MetricDataQuery::id).distinct())
                .hasSize(15);
        assertThat(request.metricDataQueries().stream().map(q -> q.label()))
                .contains("Orders ConditionalCheckFailedRequests", "Orders ProvisionedReadCapacityUnits")
                .doesNotContain("Orders/ByStatus ConditionalCheckFailedRequests");
    }

    @Test
    @DisplayName("verifies the PutMetricAlarm request: Sum of ThrottledRequests > 0 for 5 one-minute periods, missing"
            + " data not breaching")
    void alarmRequest() {
        PutMetricAlarmRequest alarm =
                CloudWatchMonitoring.throttlingAlarm("Orders", null, "arn:aws:sns:us-east-1:123456789012:ops");

        assertThat(alarm.metricName()).isEqualTo("ThrottledRequests");
        assertThat(alarm.statistic()).isEqualTo(Statistic.SUM);
        assertThat(alarm.comparisonOperator()).isEqualTo(ComparisonOperator.GREATER_THAN_THRESHOLD);
        assertThat(alarm.threshold()).isZero();
        assertThat(alarm.period()).isEqualTo(60);
        assertThat(alarm.evaluationPeriods()).isEqualTo(5);
        assertThat(alarm.treatMissingData()).isEqualTo("notBreaching");
        assertThat(alarm.alarmActions()).containsExactly("arn:aws:sns:us-east-1:123456789012:ops");
        PutMetricAlarmRequest gsi = CloudWatchMonitoring.throttlingAlarm("Orders", "ByStatus", "arn");
        assertThat(gsi.metricName()).as("a GSI's throttled writes").isEqualTo("WriteThrottleEvents");
        assertThat(gsi.dimensions())
                .containsExactly(
                        Dimension.builder().name("TableName").value("Orders").build(),
                        Dimension.builder()
                                .name("GlobalSecondaryIndexName")
                                .value("ByStatus")
                                .build());
    }

    @Test
    @DisplayName(
            "the unused report, on mocked GetMetricData pages: lists the table and the GSI that consumed nothing in"
                    + " 14 days")
    void unusedReport() {
        CloudWatchClient cloudWatch = mock(CloudWatchClient.class);
        List<Resource> resources = List.of(
                new Resource("Orders", null),
                new Resource("Orders", "ByStatus"),
                new Resource("Orders", "ByCoupon"),
                new Resource("Legacy", null));
        // Two pages: the consumed units of Orders and ByStatus come back; ByCoupon's are zeros; Legacy's are absent.
        GetMetricDataResponse page1 = GetMetricDataResponse.builder()
                .metricDataResults(
                        result("Orders ConsumedReadCapacityUnits", 120.0, 80.0),
                        result("Orders/ByCoupon ConsumedReadCapacityUnits", 0.0, 0.0))
                .nextToken("more")
                .build();
        GetMetricDataResponse page2 = GetMetricDataResponse.builder()
                .metricDataResults(
                        result("Orders/ByStatus ConsumedWriteCapacityUnits", 3.0),
                        result("Orders/ByCoupon ConsumedWriteCapacityUnits", 0.0))
                .build();
        when(cloudWatch.getMetricData(any(GetMetricDataRequest.class))).thenReturn(page1, page2);
        when(cloudWatch.getMetricDataPaginator(any(GetMetricDataRequest.class)))
                .thenAnswer(call -> new GetMetricDataIterable(cloudWatch, call.getArgument(0)));

        List<Resource> unused = CloudWatchMonitoring.unused(cloudWatch, resources, START, END);

        assertThat(unused).containsExactly(new Resource("Orders", "ByCoupon"), new Resource("Legacy", null));
    }

    private static MetricDataResult result(String label, Double... values) {
        return MetricDataResult.builder()
                .label(label)
                .values(Stream.of(values).toList())
                .build();
    }
}
