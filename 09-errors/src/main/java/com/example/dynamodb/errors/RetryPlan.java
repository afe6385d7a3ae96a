package com.example.dynamodb.errors;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.retries.api.AcquireInitialTokenRequest;
import software.amazon.awssdk.retries.api.RefreshRetryTokenRequest;
import software.amazon.awssdk.retries.api.RefreshRetryTokenResponse;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.retries.api.RetryToken;
import software.amazon.awssdk.retries.api.TokenAcquisitionFailedException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/**
 * What a retry strategy would do, asked the way the SDK asks it, without sending a request: the
 * wait before each retry, when it stops (attempts, or the retry quota shared by a client's calls
 * used up), and whether adaptive mode holds the next request back. The strategies themselves are
 * in {@link RetryStrategies}.
 */
public final class RetryPlan {

    private RetryPlan() {}

    // tag::plan[]
    /**
     * Asks a strategy, as the SDK does, what it would do if every attempt failed with {@code failure}:
     * the wait before each retry, until it refuses (attempts or retry quota used up). No request is sent.
     */
    public static List<Duration> plannedWaits(RetryStrategy strategy, Throwable failure) {
        List<Duration> waits = new ArrayList<>();
        RetryToken token = strategy.acquireInitialToken(AcquireInitialTokenRequest.create("plan"))
                .token();
        while (true) {
            try {
                RefreshRetryTokenResponse retry = strategy.refreshRetryToken(RefreshRetryTokenRequest.builder()
                        .token(token)
                        .failure(failure)
                        .build());
                waits.add(retry.delay());
                token = retry.token();
            } catch (TokenAcquisitionFailedException refused) {
                return waits;
            }
        }
    }
    // end::plan[]

    /** After one throttle, may the next request's first attempt go at once? Asks, never waits. */
    static boolean goesAtOnceAfterThrottle(RetryStrategy strategy) {
        try (strategy) { // closing an adaptive strategy releases the attempts its rate limiter holds
            RetryToken token = strategy.acquireInitialToken(AcquireInitialTokenRequest.create("demo"))
                    .token();
            strategy.refreshRetryTokenAsync(RefreshRetryTokenRequest.builder()
                    .token(token)
                    .failure(failure(400, "ProvisionedThroughputExceededException"))
                    .build());
            return strategy.acquireInitialTokenAsync(AcquireInitialTokenRequest.create("demo"))
                    .isDone();
        }
    }

    /**
     * Stands in for what DynamoDB's error JSON unmarshals to, for the walkthrough's printouts only: a
     * strategy classifies a failure by its status and error code. The tests send real responses.
     */
    static DynamoDbException failure(int status, String errorCode) {
        return (DynamoDbException) DynamoDbException.builder()
                .statusCode(status)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode(errorCode).build())
                .build();
    }

    static void demo(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("Retry quota and adaptive mode, asked of the strategy");
        Narrator.step("the retry quota: one standard strategy, every call failing with a 500");
        RetryStrategy shared = AwsRetryStrategy.standardRetryStrategy();
        List<Integer> retriesPerCall = new ArrayList<>();
        int retries;
        do {
            retries = plannedWaits(shared, failure(500, "InternalServerError")).size();
            retriesPerCall.add(retries);
        } while (retries > 0);
        Narrator.show(
                "calls that still got their 2 retries",
                retriesPerCall.stream().filter(r -> r == 2).count());
        Narrator.show(
                "retries of the calls after them",
                retriesPerCall.stream().filter(r -> r < 2).toList());

        Narrator.step("adaptive mode: after one throttle, the next request's first attempt is held back");
        Narrator.show(
                "adaptive: the next first attempt may go at once",
                goesAtOnceAfterThrottle(AwsRetryStrategy.adaptiveRetryStrategy()));
        Narrator.show(
                "standard: the next first attempt may go at once",
                goesAtOnceAfterThrottle(AwsRetryStrategy.standardRetryStrategy()));
    }

    public static void main(String[] args) {
        Walkthroughs.run(RetryPlan::demo);
    }
}
