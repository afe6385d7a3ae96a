package com.example.dynamodb.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.dynamodb.support.FaultInjector;
import com.example.dynamodb.support.FaultInjector.Fault;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;

/**
 * What a service has set on its client builder before it adds tracing or timeouts: an interceptor
 * of its own (it records each attempt as it leaves) and a retry strategy of 2 attempts. Its HTTP
 * client throttles the first two attempts of one operation, so the strategy in force shows in the
 * number of attempts: the SDK's default (4 attempts with SDK 2.59.1) would succeed on the third.
 */
final class CallersSettings {

    private final String operation;
    private final FaultInjector faults;
    private final RetryStrategy twoAttempts = FastRetries.standard(2);
    private final List<String> attemptsSeen = new CopyOnWriteArrayList<>();
    private final ExecutionInterceptor recordsAttempts = new ExecutionInterceptor() {
        @Override
        public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
            attemptsSeen.add(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME));
        }
    };

    CallersSettings(String throttledOperation) {
        this.operation = throttledOperation;
        this.faults = new FaultInjector().inject(throttledOperation, Fault.THROTTLE, 2);
    }

    /** The caller's own settings, applied before the example's {@code addTo}. */
    DynamoDbClientBuilder applyTo(DynamoDbClientBuilder builder) {
        return builder.httpClientBuilder(faults.httpClientBuilder())
                .overrideConfiguration(
                        o -> o.addExecutionInterceptor(recordsAttempts).retryStrategy(twoAttempts));
    }

    /** After {@code addTo}: the caller's strategy and interceptor are still set, the interceptor first. */
    void assertKeptIn(ClientOverrideConfiguration kept) {
        assertThat(kept.retryStrategy()).containsSame(twoAttempts);
        assertThat(kept.executionInterceptors()).first().isSameAs(recordsAttempts);
    }

    /** Makes the throttled call: the caller's strategy gives up after 2 attempts, its interceptor saw both. */
    void assertInForce(ThrowingCallable throttledCall) {
        assertThatThrownBy(throttledCall).isInstanceOf(ProvisionedThroughputExceededException.class);
        assertThat(faults.attempts(operation)).isEqualTo(2);
        assertThat(attemptsSeen).containsExactly(operation, operation);
    }
}
