package com.example.dynamodb.errors;

import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.dynamodb.model.InternalServerErrorException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;

/**
 * TEST CODE: the exceptions DynamoDB's error responses unmarshal to, built by hand, for asking a
 * retry strategy what it would do ({@link RetryPlan#plannedWaits}) without sending anything.
 * Tests that need the SDK to receive a real error response use the support modules' {@code
 * FaultInjector} instead.
 */
final class Failures {

    private Failures() {}

    /** A throttle: status 400, code {@code ProvisionedThroughputExceededException}. */
    static ProvisionedThroughputExceededException throttle() {
        return ProvisionedThroughputExceededException.builder()
                .statusCode(400)
                .awsErrorDetails(AwsErrorDetails.builder()
                        .errorCode("ProvisionedThroughputExceededException")
                        .errorMessage("throughput exceeded")
                        .build())
                .build();
    }

    /** A 500, code {@code InternalServerError}. */
    static InternalServerErrorException serverError() {
        return InternalServerErrorException.builder()
                .statusCode(500)
                .awsErrorDetails(AwsErrorDetails.builder()
                        .errorCode("InternalServerError")
                        .errorMessage("internal server error")
                        .build())
                .build();
    }
}
