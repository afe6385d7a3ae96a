package com.example.dynamodb.errors;

import com.example.dynamodb.support.FaultInjector.Fault;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.CRC32;
import software.amazon.awssdk.core.async.AsyncRequestBody;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.http.async.AsyncExecuteRequest;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;

/**
 * TEST CODE, a small stand-in for the support modules' {@code FaultInjector}, which wraps only the
 * sync HTTP client: this wraps the async (Netty) one. The first {@code times} attempts of one
 * operation get DynamoDB's error response for a {@link Fault} (status, JSON body, CRC32; a 400
 * {@code ProvisionedThroughputExceededException} unless told), without reaching the server; later
 * ones go through. The SDK unmarshals and retries them as it would the service's.
 */
final class AsyncFaults implements SdkAsyncHttpClient {

    private final SdkAsyncHttpClient delegate;
    private final String operation;
    private final AtomicInteger faultsLeft;
    private final AtomicInteger attempts = new AtomicInteger();

    private final Fault fault;
    private final String throttlingReasons;

    AsyncFaults(SdkAsyncHttpClient delegate, String operation, int times) {
        this(delegate, operation, Fault.THROTTLE, times, null);
    }

    AsyncFaults(SdkAsyncHttpClient delegate, String operation, Fault fault, int times) {
        this(delegate, operation, fault, times, null);
    }

    /** {@code reason} and {@code resource}: the ThrottlingReasons DynamoDB adds to a throttle's body. */
    AsyncFaults(SdkAsyncHttpClient delegate, String operation, int times, String reasonAndResource) {
        this(delegate, operation, Fault.THROTTLE, times, reasonAndResource);
    }

    private AsyncFaults(
            SdkAsyncHttpClient delegate, String operation, Fault fault, int times, String reasonAndResource) {
        this.delegate = delegate;
        this.operation = operation;
        this.fault = fault;
        this.faultsLeft = new AtomicInteger(times);
        this.throttlingReasons = reasonAndResource;
    }

    /** Attempts of the operation that reached this HTTP client. */
    int attempts() {
        return attempts.get();
    }

    @Override
    public CompletableFuture<Void> execute(AsyncExecuteRequest request) {
        String target = request.request().firstMatchingHeader("X-Amz-Target").orElse("");
        if (!target.endsWith("." + operation)) {
            return delegate.execute(request);
        }
        attempts.incrementAndGet();
        if (faultsLeft.getAndDecrement() <= 0) {
            return delegate.execute(request);
        }
        byte[] body = ("{\"__type\":\"com.amazonaws.dynamodb.v20120810#" + fault.errorCode() + "\","
                        + "\"message\":\"" + fault.errorCode() + " (injected by AsyncFaults)\""
                        + (throttlingReasons == null ? "" : ",\"ThrottlingReasons\":[" + throttlingReasons + "]")
                        + "}")
                .getBytes(StandardCharsets.UTF_8);
        CRC32 crc = new CRC32();
        crc.update(body);
        request.responseHandler()
                .onHeaders(SdkHttpResponse.builder()
                        .statusCode(fault.status())
                        .putHeader("Content-Type", "application/x-amz-json-1.0")
                        .putHeader("Content-Length", String.valueOf(body.length))
                        .putHeader("x-amz-crc32", String.valueOf(crc.getValue()))
                        .putHeader("x-amzn-RequestId", "injected-async")
                        .build());
        request.responseHandler().onStream(AsyncRequestBody.fromBytes(body));
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void close() {
        delegate.close();
    }
}
