package com.example.dynamodb.errors;

import java.util.function.Consumer;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

// tag::log[]
/**
 * One log line per attempt: operation, attempt number, HTTP status and DynamoDB's request id. The
 * request id is what AWS Support needs to look a request up, and what ties an application's log to
 * a trace; logging every attempt shows retries that the final result hides.
 */
public final class RequestIdLog implements ExecutionInterceptor {

    private static final ExecutionAttribute<Integer> ATTEMPT = new ExecutionAttribute<>("RequestIdLog.attempt");

    private final Consumer<String> log;

    /** {@code log} is where lines go: {@code logger::info} in an application. */
    public RequestIdLog(Consumer<String> log) {
        this.log = log;
    }

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        Integer previous = attributes.getAttribute(ATTEMPT);
        attributes.putAttribute(ATTEMPT, previous == null ? 1 : previous + 1);
    }

    @Override
    public void afterTransmission(Context.AfterTransmission context, ExecutionAttributes attributes) {
        String requestId =
                context.httpResponse().firstMatchingHeader("x-amzn-RequestId").orElse("(none)");
        log.accept(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME)
                + " attempt " + attributes.getAttribute(ATTEMPT)
                + " status " + context.httpResponse().statusCode()
                + " requestId " + requestId);
    }
}
// end::log[]
