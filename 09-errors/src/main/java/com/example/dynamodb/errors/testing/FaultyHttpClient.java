package com.example.dynamodb.errors.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpResponse;

// tag::faulty[]
/**
 * An HTTP client for tests that spoils chosen attempts the way DynamoDB sometimes does, then behaves.
 * It answers a throttle or a 5xx with DynamoDB's own status and JSON error body, so the SDK itself
 * unmarshals the exception and decides to retry it exactly as it would for the service; those
 * attempts never reach DynamoDB. A slow attempt does: the request is applied, and its answer is held
 * back until the SDK gives up on it (an attempt timeout) or the delay ends.
 *
 * <pre>{@code
 * try (FaultyHttpClient http = FaultyHttpClient.around(Apache5HttpClient.create(), Fault.throttle(), Fault.throttle());
 *         DynamoDbClient client = DynamoDbClient.builder().httpClient(http)...build()) {
 *     client.putItem(...);   // two throttles, retried by the SDK, then the write
 * }
 * http.attempts();           // 3
 * }</pre>
 */
public final class FaultyHttpClient implements SdkHttpClient {

    /** What happens to one attempt: DynamoDB's error answer, or a late answer ({@code status} 0). */
    public record Fault(int status, String errorCode, Duration delay) {
        public static Fault throttle() {
            return new Fault(400, "ProvisionedThroughputExceededException", Duration.ZERO);
        }

        public static Fault serverError() {
            return new Fault(500, "InternalServerError", Duration.ZERO);
        }

        public static Fault unavailable() {
            return new Fault(503, "ServiceUnavailable", Duration.ZERO);
        }

        /** The request reaches DynamoDB and is applied; its answer comes {@code delay} later. */
        public static Fault slow(Duration delay) {
            return new Fault(0, null, delay);
        }
    }

    private final SdkHttpClient real;
    private final Queue<Fault> faults;
    private final AtomicInteger attempts = new AtomicInteger();

    private FaultyHttpClient(SdkHttpClient real, List<Fault> faults) {
        this.real = real;
        this.faults = new ConcurrentLinkedQueue<>(faults);
    }

    /** Wraps {@code real}; the first attempts get {@code faults}, one each, and the rest go through. */
    public static FaultyHttpClient around(SdkHttpClient real, Fault... faults) {
        return new FaultyHttpClient(real, List.of(faults));
    }

    /** Attempts made so far: first tries and retries, spoiled or not. */
    public int attempts() {
        return attempts.get();
    }

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        attempts.incrementAndGet();
        Fault fault = faults.poll();
        if (fault == null) {
            return real.prepareRequest(request);
        }
        return fault.status() == 0 ? late(real.prepareRequest(request), fault.delay()) : answer(fault);
    }

    /** DynamoDB's answer to a refused request: the status, and the error code in a JSON body. */
    private static ExecutableHttpRequest answer(Fault fault) {
        byte[] body = ("{\"__type\":\"com.amazonaws.dynamodb.v20120810#" + fault.errorCode()
                        + "\",\"message\":\"injected by FaultyHttpClient\"}")
                .getBytes(StandardCharsets.UTF_8);
        SdkHttpResponse response = SdkHttpResponse.builder()
                .statusCode(fault.status())
                .putHeader("Content-Type", "application/x-amz-json-1.0")
                .putHeader("x-amzn-RequestId", "injected")
                .build();
        return new ExecutableHttpRequest() {
            @Override
            public HttpExecuteResponse call() {
                return HttpExecuteResponse.builder()
                        .response(response)
                        .responseBody(AbortableInputStream.create(new ByteArrayInputStream(body)))
                        .build();
            }

            @Override
            public void abort() {}
        };
    }

    /** Sends the request, reads the answer, and holds it back; the SDK aborts it when the attempt times out. */
    private static ExecutableHttpRequest late(ExecutableHttpRequest sent, Duration delay) {
        CountDownLatch aborted = new CountDownLatch(1);
        return new ExecutableHttpRequest() {
            @Override
            public HttpExecuteResponse call() throws IOException {
                HttpExecuteResponse answered = sent.call();
                byte[] body = new byte[0];
                if (answered.responseBody().isPresent()) {
                    try (InputStream in = answered.responseBody().get()) {
                        body = in.readAllBytes();
                    }
                }
                try {
                    if (aborted.await(delay.toMillis(), TimeUnit.MILLISECONDS)) {
                        throw new InterruptedIOException("The answer was held back, and the SDK gave up on it");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException("Interrupted while the answer was held back");
                }
                return HttpExecuteResponse.builder()
                        .response(answered.httpResponse())
                        .responseBody(AbortableInputStream.create(new ByteArrayInputStream(body)))
                        .build();
            }

            @Override
            public void abort() {
                aborted.countDown();
                sent.abort();
            }
        };
    }

    @Override
    public void close() {
        real.close();
    }
}
// end::faulty[]
