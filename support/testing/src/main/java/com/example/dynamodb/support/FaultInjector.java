package com.example.dynamodb.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.CRC32;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.utils.AttributeMap;

/**
 * Makes a healthy DynamoDB Local answer the way the real service sometimes does, and counts every
 * attempt the SDK makes. It sits in the client's HTTP layer: a faulted attempt gets the HTTP status
 * and the AWS JSON error body DynamoDB sends, so the SDK itself unmarshals the genuine exception
 * (a {@code ProvisionedThroughputExceededException} with its error code and status) and decides to
 * retry it or not exactly as it would for the real service. Install it on an SDK-built client
 * ({@code local-server}, {@code @DynamoDbTest(sdkClient = true)}):
 *
 * <pre>{@code
 * FaultInjector faults = new FaultInjector().inject("PutItem", Fault.THROTTLE, 2);
 * try (DynamoDbClient client = backend.newClient(b -> b
 *         .httpClientBuilder(faults.httpClientBuilder())
 *         .overrideConfiguration(o -> o.retryStrategy(...)))) {  // always explicit in tests
 *     client.putItem(...);                 // two throttled attempts, then the write
 * }
 * faults.attempts("PutItem");              // 3
 * }</pre>
 *
 * Faults are used up one attempt at a time, in the order they were injected. A throttle or error
 * fault answers without sending the request on, so nothing is written, as when DynamoDB refuses a
 * request; only {@link Fault#LOSE_RESPONSE} lets the request reach the server.
 */
public final class FaultInjector {

    /** What DynamoDB answers, with the HTTP status and error code it uses. */
    public enum Fault {
        /** 400 {@code ProvisionedThroughputExceededException}: a table or index over its capacity. Retried. */
        THROTTLE(
                400,
                "ProvisionedThroughputExceededException",
                "The level of configured provisioned throughput for the table was exceeded."
                        + " Consider increasing your provisioning level with the UpdateTable API."),
        /** 400 {@code ThrottlingException}: requests too fast (control plane, on-demand limits). Retried. */
        THROTTLING_EXCEPTION(400, "ThrottlingException", "Rate of requests exceeds the allowed throughput."),
        /** 400 {@code RequestLimitExceeded}: the account's throughput limit. Retried. */
        REQUEST_LIMIT_EXCEEDED(
                400,
                "RequestLimitExceeded",
                "Throughput exceeds the current throughput limit for your account."
                        + " Please contact AWS Support to request a limit increase."),
        /** 500 {@code InternalServerError}: DynamoDB failed before applying anything. Retried. */
        SERVER_ERROR(500, "InternalServerError", "Internal server error"),
        /** 503 {@code ServiceUnavailable}: DynamoDB is briefly unavailable. Retried. */
        SERVICE_UNAVAILABLE(503, "ServiceUnavailable", "The service is currently unavailable or busy."),
        /**
         * The server applies the request, and the client gets a 500 {@code InternalServerError}
         * instead of the answer: the SDK retries a write that was already applied.
         */
        LOSE_RESPONSE(500, "InternalServerError", "Internal server error");

        private final int status;
        private final String errorCode;
        private final String message;

        Fault(int status, String errorCode, String message) {
            this.status = status;
            this.errorCode = errorCode;
            this.message = message;
        }

        /** The HTTP status DynamoDB answers with. */
        public int status() {
            return status;
        }

        /** The error code (the exception name in the body's {@code __type}). */
        public String errorCode() {
            return errorCode;
        }
    }

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

    /** How many attempts (first tries and retries) the client made for {@code operation}. */
    public int attempts(String operation) {
        AtomicInteger count = attempts.get(operation);
        return count == null ? 0 : count.get();
    }

    /** How many planned faults have not happened yet. */
    public synchronized int pending(String operation) {
        Deque<Fault> queue = planned.get(operation);
        return queue == null ? 0 : queue.size();
    }

    /**
     * The HTTP client to give the SDK: {@code b.httpClientBuilder(faults.httpClientBuilder())}.
     * It wraps the SDK's default (Apache 5) client, which the SDK closes with the service client.
     */
    public SdkHttpClient.Builder<?> httpClientBuilder() {
        return httpClientBuilder(Apache5HttpClient.builder());
    }

    /** The same around an HTTP client you configure, e.g. {@code Apache5HttpClient.builder().socketTimeout(...)}. */
    public SdkHttpClient.Builder<?> httpClientBuilder(SdkHttpClient.Builder<?> real) {
        return new Transport(real);
    }

    private final class Transport implements SdkHttpClient.Builder<Transport> {
        private final SdkHttpClient.Builder<?> real;

        Transport(SdkHttpClient.Builder<?> real) {
            this.real = real;
        }

        @Override
        public SdkHttpClient buildWithDefaults(AttributeMap serviceDefaults) {
            SdkHttpClient delegate = real.buildWithDefaults(serviceDefaults);
            return new SdkHttpClient() {
                @Override
                public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
                    return attempt(delegate, request);
                }

                @Override
                public void close() {
                    delegate.close();
                }
            };
        }
    }

    /** One attempt on the wire: counted, then answered by DynamoDB or by the planned fault. */
    private ExecutableHttpRequest attempt(SdkHttpClient delegate, HttpExecuteRequest request) {
        // DynamoDB's JSON protocol names the operation in a header: "DynamoDB_20120810.PutItem".
        String target =
                request.httpRequest().firstMatchingHeader("X-Amz-Target").orElse("");
        String operation = target.substring(target.indexOf('.') + 1);
        attempts.computeIfAbsent(operation, k -> new AtomicInteger()).incrementAndGet();
        Fault fault = next(operation);
        if (fault == null) {
            return delegate.prepareRequest(request);
        }
        if (fault != Fault.LOSE_RESPONSE) {
            // Answered here: the request never reaches DynamoDB, so nothing is applied.
            return answer(() -> errorResponse(fault, operation));
        }
        ExecutableHttpRequest real = delegate.prepareRequest(request);
        return new ExecutableHttpRequest() {
            @Override
            public HttpExecuteResponse call() throws IOException {
                HttpExecuteResponse applied = real.call();
                // The server has applied the request; its answer is dropped on the way back.
                if (applied.responseBody().isPresent()) {
                    try (InputStream body = applied.responseBody().get()) {
                        body.readAllBytes();
                    }
                }
                return errorResponse(fault, operation);
            }

            @Override
            public void abort() {
                real.abort();
            }
        };
    }

    private synchronized Fault next(String operation) {
        Deque<Fault> queue = planned.get(operation);
        return queue == null ? null : queue.poll();
    }

    private interface Answer {
        HttpExecuteResponse get() throws IOException;
    }

    private static ExecutableHttpRequest answer(Answer answer) {
        return new ExecutableHttpRequest() {
            @Override
            public HttpExecuteResponse call() throws IOException {
                return answer.get();
            }

            @Override
            public void abort() {}
        };
    }

    /** The response DynamoDB sends for an error: status, AWS JSON 1.0 body, CRC32 of the body. */
    private static HttpExecuteResponse errorResponse(Fault fault, String operation) {
        String json = "{\"__type\":\"com.amazonaws.dynamodb.v20120810#" + fault.errorCode + "\",\"message\":\""
                + fault.message + " (injected into " + operation + " by FaultInjector)\"}";
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        CRC32 crc = new CRC32();
        crc.update(body);
        SdkHttpResponse response = SdkHttpResponse.builder()
                .statusCode(fault.status)
                .putHeader("Content-Type", "application/x-amz-json-1.0")
                .putHeader("Content-Length", String.valueOf(body.length))
                .putHeader("x-amz-crc32", String.valueOf(crc.getValue()))
                .putHeader("x-amzn-RequestId", "injected-" + UUID.randomUUID())
                .build();
        return HttpExecuteResponse.builder()
                .response(response)
                .responseBody(AbortableInputStream.create(new ByteArrayInputStream(body)))
                .build();
    }
}
