package com.example.dynamodb.performance;

import software.amazon.awssdk.services.applicationautoscaling.ApplicationAutoScalingClient;
import software.amazon.awssdk.services.applicationautoscaling.model.MetricType;
import software.amazon.awssdk.services.applicationautoscaling.model.PolicyType;
import software.amazon.awssdk.services.applicationautoscaling.model.PredefinedMetricSpecification;
import software.amazon.awssdk.services.applicationautoscaling.model.PutScalingPolicyRequest;
import software.amazon.awssdk.services.applicationautoscaling.model.RegisterScalableTargetRequest;
import software.amazon.awssdk.services.applicationautoscaling.model.ScalableDimension;
import software.amazon.awssdk.services.applicationautoscaling.model.ServiceNamespace;
import software.amazon.awssdk.services.applicationautoscaling.model.TargetTrackingScalingPolicyConfiguration;

/**
 * Auto scaling of a provisioned table (or GSI) is Application Auto Scaling, a separate service:
 * register the table's read or write capacity as a scalable target with a minimum and maximum,
 * then attach a target tracking policy that keeps consumed/provisioned near 70%. DynamoDB Local
 * has no such service: the tests verify these exact requests against a mock client.
 */
public final class AutoScaling {

    private AutoScaling() {}

    // tag::autoscaling[]
    /** Consumed capacity as a share of provisioned that the policy aims for. */
    public static final double TARGET_UTILIZATION_PERCENT = 70.0;

    /**
     * Scales the reads (or writes) of a table, or of one of its GSIs when {@code index} is not
     * null, between {@code min} and {@code max} units, aiming at 70% utilization.
     */
    public static void enable(
            ApplicationAutoScalingClient autoScaling, String table, String index, boolean reads, int min, int max) {
        if (min < 1 || max < min) {
            throw new IllegalArgumentException(
                    "Auto scaling needs 1 <= min <= max capacity units, got min " + min + ", max " + max);
        }
        String resourceId = index == null ? "table/" + table : "table/" + table + "/index/" + index;
        ScalableDimension dimension = index == null
                ? (reads
                        ? ScalableDimension.DYNAMODB_TABLE_READ_CAPACITY_UNITS
                        : ScalableDimension.DYNAMODB_TABLE_WRITE_CAPACITY_UNITS)
                : (reads
                        ? ScalableDimension.DYNAMODB_INDEX_READ_CAPACITY_UNITS
                        : ScalableDimension.DYNAMODB_INDEX_WRITE_CAPACITY_UNITS);
        autoScaling.registerScalableTarget(RegisterScalableTargetRequest.builder()
                .serviceNamespace(ServiceNamespace.DYNAMODB)
                .resourceId(resourceId)
                .scalableDimension(dimension)
                .minCapacity(min)
                .maxCapacity(max)
                .build());
        autoScaling.putScalingPolicy(PutScalingPolicyRequest.builder()
                .serviceNamespace(ServiceNamespace.DYNAMODB)
                .resourceId(resourceId)
                .scalableDimension(dimension)
                .policyName(resourceId.replace('/', '-') + (reads ? "-read" : "-write") + "-target-70")
                .policyType(PolicyType.TARGET_TRACKING_SCALING)
                .targetTrackingScalingPolicyConfiguration(TargetTrackingScalingPolicyConfiguration.builder()
                        .targetValue(TARGET_UTILIZATION_PERCENT)
                        .predefinedMetricSpecification(PredefinedMetricSpecification.builder()
                                .predefinedMetricType(
                                        reads
                                                ? MetricType.DYNAMO_DB_READ_CAPACITY_UTILIZATION
                                                : MetricType.DYNAMO_DB_WRITE_CAPACITY_UTILIZATION)
                                .build())
                        .build())
                .build());
    }
    // end::autoscaling[]
}
