package com.example.dynamodb.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import software.amazon.awssdk.services.applicationautoscaling.ApplicationAutoScalingClient;
import software.amazon.awssdk.services.applicationautoscaling.model.MetricType;
import software.amazon.awssdk.services.applicationautoscaling.model.PolicyType;
import software.amazon.awssdk.services.applicationautoscaling.model.PutScalingPolicyRequest;
import software.amazon.awssdk.services.applicationautoscaling.model.RegisterScalableTargetRequest;
import software.amazon.awssdk.services.applicationautoscaling.model.ScalableDimension;
import software.amazon.awssdk.services.applicationautoscaling.model.ServiceNamespace;

/** Application Auto Scaling does not exist in DynamoDB Local: the exact requests are verified on a mock. */
class AutoScalingTest {

    private final ApplicationAutoScalingClient autoScaling = mock(ApplicationAutoScalingClient.class);

    @Test
    @DisplayName("verifies the requests for table reads: RegisterScalableTarget table/Orders 5..500, then a 70% target"
            + " tracking policy on read utilization")
    void tableReadsRequests() {
        AutoScaling.enable(autoScaling, "Orders", null, true, 5, 500);

        ArgumentCaptor<RegisterScalableTargetRequest> target =
                ArgumentCaptor.forClass(RegisterScalableTargetRequest.class);
        ArgumentCaptor<PutScalingPolicyRequest> policy = ArgumentCaptor.forClass(PutScalingPolicyRequest.class);
        verify(autoScaling).registerScalableTarget(target.capture());
        verify(autoScaling).putScalingPolicy(policy.capture());
        assertThat(target.getValue())
                .isEqualTo(RegisterScalableTargetRequest.builder()
                        .serviceNamespace(ServiceNamespace.DYNAMODB)
                        .resourceId("table/Orders")
                        .scalableDimension(ScalableDimension.DYNAMODB_TABLE_READ_CAPACITY_UNITS)
                        .minCapacity(5)
                        .maxCapacity(500)
                        .build());
        PutScalingPolicyRequest p = policy.getValue();
        assertThat(p.resourceId()).isEqualTo("table/Orders");
        assertThat(p.scalableDimension()).isEqualTo(ScalableDimension.DYNAMODB_TABLE_READ_CAPACITY_UNITS);
        assertThat(p.policyType()).isEqualTo(PolicyType.TARGET_TRACKING_SCALING);
        assertThat(p.targetTrackingScalingPolicyConfiguration().targetValue()).isEqualTo(70.0);
        assertThat(p.targetTrackingScalingPolicyConfiguration()
                        .predefinedMetricSpecification()
                        .predefinedMetricType())
                .isEqualTo(MetricType.DYNAMO_DB_READ_CAPACITY_UTILIZATION);
    }

    @Test
    @DisplayName("verifies the requests for GSI writes: resource table/Orders/index/ByStatus, the index write"
            + " dimension, write utilization")
    void gsiWritesRequests() {
        AutoScaling.enable(autoScaling, "Orders", "ByStatus", false, 1, 100);

        ArgumentCaptor<RegisterScalableTargetRequest> target =
                ArgumentCaptor.forClass(RegisterScalableTargetRequest.class);
        ArgumentCaptor<PutScalingPolicyRequest> policy = ArgumentCaptor.forClass(PutScalingPolicyRequest.class);
        verify(autoScaling).registerScalableTarget(target.capture());
        verify(autoScaling).putScalingPolicy(policy.capture());
        assertThat(target.getValue().resourceId()).isEqualTo("table/Orders/index/ByStatus");
        assertThat(target.getValue().scalableDimension())
                .isEqualTo(ScalableDimension.DYNAMODB_INDEX_WRITE_CAPACITY_UNITS);
        assertThat(policy.getValue().scalableDimension())
                .isEqualTo(ScalableDimension.DYNAMODB_INDEX_WRITE_CAPACITY_UNITS);
        assertThat(policy.getValue()
                        .targetTrackingScalingPolicyConfiguration()
                        .predefinedMetricSpecification()
                        .predefinedMetricType())
                .isEqualTo(MetricType.DYNAMO_DB_WRITE_CAPACITY_UTILIZATION);
        assertThat(policy.getValue().policyName()).isEqualTo("table-Orders-index-ByStatus-write-target-70");
    }

    @Test
    @DisplayName("min above max is refused with a sentence, and nothing is sent")
    void badLimits() {
        assertThatThrownBy(() -> AutoScaling.enable(autoScaling, "Orders", null, true, 50, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("min 50, max 10");
        verifyNoInteractions(autoScaling);
    }
}
