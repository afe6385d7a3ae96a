package com.example.dynamodb.performance;

import com.example.dynamodb.support.DynamoDbBackend;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.async.AsyncExecuteRequest;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.http.nio.netty.SdkEventLoopGroup;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;

/**
 * Test wiring for async code: an async client whose requests are counted where the SDK sends
 * them, and can be held back on the wire.
 *
 * <ul>
 *   <li>Counting: an interceptor marks a call in flight at its first {@code beforeTransmission}
 *       and out when the SDK has finished with it ({@code afterExecution} or
 *       {@code onExecutionFailure}), both before the caller's future completes. So the most in
 *       flight at once is what the code under test let out, whatever it says about itself.
 *   <li>Holding: the HTTP client is wrapped so that requests wait, unsent, until a given number
 *       of them are waiting ({@link #holdUntil}) or until {@link #release}. A test then sees that
 *       code starts exactly as many requests at once as it should, without depending on how fast
 *       the machine answers. A hold lets go by itself after 10 s, so wrong code fails an assertion
 *       instead of hanging.
 * </ul>
 *
 * Netty runs on an event loop group this class owns and closes without Netty's 2 s quiet period.
 */
public final class InFlightRequests implements ExecutionInterceptor, AutoCloseable {

    private static final ExecutionAttribute<Boolean> COUNTED = new ExecutionAttribute<>("InFlightRequests.counted");

    private final AtomicInteger now = new AtomicInteger();
    private final AtomicInteger max = new AtomicInteger();
    private final AtomicInteger sent = new AtomicInteger();
    private final List<Runnable> held = new ArrayList<>();
    private boolean holding; // guarded by held
    private int holdUntil; // guarded by held
    private int hold; // guarded by held: which hold this is, so a stale safety release does nothing

    private final SdkEventLoopGroup eventLoops =
            SdkEventLoopGroup.builder().numberOfThreads(2).build();
    private final SdkAsyncHttpClient http;
    private final DynamoDbAsyncClient client;

    private InFlightRequests(DynamoDbBackend backend, NettyNioAsyncHttpClient.Builder netty) {
        http = new Held(netty.eventLoopGroup(eventLoops).build());
        client = backend.newAsyncClient(
                b -> b.httpClient(http).overrideConfiguration(o -> o.addExecutionInterceptor(this)));
    }

    /** An async client for {@code backend} on a Netty client built from {@code netty}, counted and holdable. */
    public static InFlightRequests open(DynamoDbBackend backend, NettyNioAsyncHttpClient.Builder netty) {
        return new InFlightRequests(backend, netty);
    }

    public DynamoDbAsyncClient client() {
        return client;
    }

    /** The most calls in flight at once since the last {@link #reset}. */
    public int max() {
        return max.get();
    }

    /** Requests put on the wire (every attempt) since the last {@link #reset}. */
    public int sent() {
        return sent.get();
    }

    public void reset() {
        max.set(now.get());
        sent.set(0);
    }

    /** From now on, requests wait unsent until {@code pending} of them are waiting; then all go. */
    public void holdUntil(int pending) {
        int thisHold;
        synchronized (held) {
            holding = true;
            holdUntil = pending;
            thisHold = ++hold;
        }
        CompletableFuture.delayedExecutor(10, TimeUnit.SECONDS).execute(() -> {
            synchronized (held) {
                if (hold != thisHold) {
                    return;
                }
            }
            release();
        });
    }

    /** From now on, requests wait unsent until {@link #release}. */
    public void holdUntilReleased() {
        holdUntil(Integer.MAX_VALUE);
    }

    /** Sends every request that waits, and lets the next ones through. */
    public void release() {
        List<Runnable> go;
        synchronized (held) {
            holding = false;
            go = List.copyOf(held);
            held.clear();
        }
        go.forEach(Runnable::run);
    }

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        sent.incrementAndGet();
        if (attributes.getAttribute(COUNTED) == null) { // a retry is the same call, still in flight
            attributes.putAttribute(COUNTED, true);
            max.accumulateAndGet(now.incrementAndGet(), Math::max);
        }
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        done(attributes);
    }

    @Override
    public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
        done(attributes);
    }

    private void done(ExecutionAttributes attributes) {
        if (Boolean.TRUE.equals(attributes.getAttribute(COUNTED))) {
            attributes.putAttribute(COUNTED, false);
            now.decrementAndGet();
        }
    }

    @Override
    public void close() {
        client.close();
        http.close(); // an HTTP client handed to the builder is the caller's to close
        eventLoops.eventLoopGroup().shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }

    /** The HTTP client, holding requests back while {@link #holding}. */
    private final class Held implements SdkAsyncHttpClient {
        private final SdkAsyncHttpClient delegate;

        Held(SdkAsyncHttpClient delegate) {
            this.delegate = delegate;
        }

        @Override
        public CompletableFuture<Void> execute(AsyncExecuteRequest request) {
            CompletableFuture<Void> result = new CompletableFuture<>();
            Runnable send = () -> delegate.execute(request).whenComplete((done, failure) -> {
                if (failure == null) {
                    result.complete(done);
                } else {
                    result.completeExceptionally(failure);
                }
            });
            List<Runnable> go = List.of();
            synchronized (held) {
                if (!holding) {
                    go = List.of(send);
                } else {
                    held.add(send);
                    if (held.size() >= holdUntil) {
                        holding = false;
                        go = List.copyOf(held);
                        held.clear();
                    }
                }
            }
            go.forEach(Runnable::run);
            return result;
        }

        @Override
        public String clientName() {
            return delegate.clientName();
        }

        @Override
        public void close() {
            delegate.close();
        }
    }
}
