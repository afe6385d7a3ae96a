package com.example.dynamodb.projects.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Which failures are worth a retry (503) and which are the service's own (500). The cases the
 * API tests cannot make DynamoDB Local produce on demand, as the SDK builds them.
 */
class ProblemResponsesTest {

    @ParameterizedTest(name = "a transaction cancelled for {0} is transient: {1}")
    @CsvSource({
        "TransactionConflict, true",
        "ThrottlingError, true",
        "ProvisionedThroughputExceeded, true",
        "ValidationError, false",
        "ConditionalCheckFailed, false"
    })
    @DisplayName("cancellation reasons")
    void cancellations(String code, boolean expected) {
        SdkException cancelled = TransactionCanceledException.builder()
                .cancellationReasons(Arrays.asList(
                        CancellationReason.builder().code("None").build(),
                        CancellationReason.builder().code(code).build()))
                .build();
        assertThat(ProblemResponses.isTransient(cancelled)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "HTTP {0} {1}: transient {2}")
    @CsvSource({
        "500, InternalServerError, true",
        "503, ServiceUnavailable, true",
        "400, ThrottlingException, true",
        "400, ValidationException, false"
    })
    @DisplayName("service errors")
    void serviceErrors(int status, String code, boolean expected) {
        SdkException error = DynamoDbException.builder()
                .statusCode(status)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).build())
                .build();
        assertThat(ProblemResponses.isTransient(error)).isEqualTo(expected);
    }

    @Test
    @DisplayName("a missing table is the service's own failure (500); a call timeout is worth a retry (503)")
    void misconfigurationVersusTimeout() {
        assertThat(ProblemResponses.isTransient(
                        ResourceNotFoundException.builder().statusCode(400).build()))
                .isFalse();
        assertThat(ProblemResponses.isTransient(ApiCallTimeoutException.create(5000)))
                .isTrue();
    }
}
