package com.example.dynamodb.errors;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.FaultInjector;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The explicit, fast retry strategy every failure test sets (with SDK 2.59.1 a DynamoDB client's default makes
 * 4 attempts and waits up to 7 s in all on a persistent throttle), and a client built with it.
 */
final class FastRetries {

    private FastRetries() {}

    /** Standard mode, {@code maxAttempts} in all, no waiting between attempts. */
    static RetryStrategy standard(int maxAttempts) {
        return AwsRetryStrategy.standardRetryStrategy().toBuilder()
                .maxAttempts(maxAttempts)
                .backoffStrategy(BackoffStrategy.retryImmediately())
                .throttlingBackoffStrategy(BackoffStrategy.retryImmediately())
                .build();
    }

    /** A client whose HTTP layer answers with {@code faults}, retrying with {@code strategy}. */
    static DynamoDbClient client(DynamoDbBackend backend, FaultInjector faults, RetryStrategy strategy) {
        return backend.newClient(b ->
                b.httpClientBuilder(faults.httpClientBuilder()).overrideConfiguration(o -> o.retryStrategy(strategy)));
    }
}
