package com.example.dynamodb.support;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.services.dynamodb.model.InternalServerErrorException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;

/**
 * Makes a healthy DynamoDB Local misbehave the way the real service sometimes does, and counts
 * every attempt the SDK makes. Register it on an SDK-built client ({@code local-server}):
 *
 * <pre>{@code
 * FaultInjector faults = new FaultInjector().inject("PutItem", Fault.THROTTLE, 2);
 * DynamoDbClient client = backend.newClient(b -> b.overrideConfiguration(o -> o
 *     .addExecutionInterceptor(faults)
 *     .retryStrategy(...)));            // always explicit in tests: the default retries for a minute
 * }</pre>
 *
 * Faults are used up one attempt at a time, in the order they were injected.
 */
public final class FaultInjector implements ExecutionInterceptor {

    public enum Fault {
        /** The request is refused before it reaches the server: nothing is written. */
        THROTTLE,
        /** A 500 before the request reaches the server: nothing is written. */
        SERVER_ERROR,
        /** The server applies the request, then the response is lost (a 500 reaches the client). */
        LOSE_RESPONSE
    }

    private static final ExecutionAttribute<Boolean> LOSE_THIS_RESPONSE =
            new ExecutionAttribute<>("FaultInjector.loseResponse");

    private final Map<String, Deque<Fault>> planned = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

    /** Plans {@code times} faults for the next attempts of {@code operation}, e.g. "PutItem". */
    public synchronized FaultInjector inject(String operation, Fault fault, int times) {
        Deque<Fault> queue = planned.computeIfAbsent(operation, k -> new ArrayDeque<>());
        for (int i = 0; i < times; i++) {
            queue.add(fault);
        }
        return this;
    }

    /** How many attempts (first tries and retries) reached the transport for {@code operation}. */
    public int attempts(String operation) {
        AtomicInteger count = attempts.get(operation);
        return count == null ? 0 : count.get();
    }

    /** How many planned faults have not happened yet. */
    public synchronized int pending(String operation) {
        Deque<Fault> queue = planned.get(operation);
        return queue == null ? 0 : queue.size();
    }

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        attempts.computeIfAbsent(operation, k -> new AtomicInteger()).incrementAndGet();
        Fault fault = next(operation);
        if (fault == Fault.THROTTLE) {
            throw ProvisionedThroughputExceededException.builder()
                    .statusCode(400)
                    .message("Injected throttling for " + operation)
                    .awsErrorDetails(details("ProvisionedThroughputExceededException", "Injected throttling"))
                    .build();
        }
        if (fault == Fault.SERVER_ERROR) {
            throw serverError(operation);
        }
        attributes.putAttribute(LOSE_THIS_RESPONSE, fault == Fault.LOSE_RESPONSE);
    }

    @Override
    public void afterTransmission(Context.AfterTransmission context, ExecutionAttributes attributes) {
        if (Boolean.TRUE.equals(attributes.getAttribute(LOSE_THIS_RESPONSE))) {
            // The server has already applied the request; the client only sees a failure.
            throw serverError(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME));
        }
    }

    private synchronized Fault next(String operation) {
        Deque<Fault> queue = planned.get(operation);
        return queue == null ? null : queue.poll();
    }

    private static InternalServerErrorException serverError(String operation) {
        return InternalServerErrorException.builder()
                .statusCode(500)
                .message("Injected server error for " + operation)
                .awsErrorDetails(details("InternalServerError", "Injected server error"))
                .build();
    }

    private static AwsErrorDetails details(String code, String message) {
        return AwsErrorDetails.builder()
                .errorCode(code)
                .errorMessage(message)
                .serviceName("DynamoDb")
                .build();
    }
}
