package com.example.dynamodb.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small HTTP proxy on a loopback port, in front of a local DynamoDB endpoint, that makes chosen
 * responses late. The client really waits on its socket, so every timeout fires as it would
 * against a slow service: the HTTP client's read timeout, {@code apiCallAttemptTimeout} and
 * {@code apiCallTimeout}.
 *
 * <pre>{@code
 * try (SlowProxy slow = SlowProxy.forwardingTo(backend.endpoint().orElseThrow());
 *         DynamoDbClient client = backend.newClient(b -> b
 *                 .endpointOverride(slow.endpoint())
 *                 .overrideConfiguration(o -> o.apiCallAttemptTimeout(Duration.ofMillis(200))))) {
 *     slow.delayNext(1, Duration.ofMillis(600));  // the first attempt times out, the retry is on time
 *     client.getItem(...);
 * }
 * }</pre>
 *
 * A request is passed on to DynamoDB at once; only its response is held back. So a write whose
 * client timed out <em>was</em> applied, as can happen with the real service.
 */
public final class SlowProxy implements AutoCloseable {

    /** Headers the proxy's own HTTP stacks set themselves (the JDK's client refuses to copy them). */
    private static final Set<String> HOP_BY_HOP = Set.of(
            "connection",
            "content-length",
            "date",
            "expect",
            "from",
            "host",
            "keep-alive",
            "transfer-encoding",
            "upgrade",
            "via",
            "warning");

    private final URI target;
    private final HttpServer server;
    private final ExecutorService threads;
    private final HttpClient forward = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final ConcurrentLinkedQueue<Duration> delays = new ConcurrentLinkedQueue<>();
    private final AtomicInteger requests = new AtomicInteger();

    private SlowProxy(URI target) throws IOException {
        this.target = target;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        this.threads = Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r, "slow-proxy");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Starts a proxy in front of {@code target}, e.g. the {@code local-server} backend's endpoint. */
    public static SlowProxy forwardingTo(URI target) {
        if (!Endpoints.isLoopback(target)) {
            throw new IllegalArgumentException("SlowProxy forwards to a local DynamoDB only, not " + target);
        }
        try {
            return new SlowProxy(target);
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the proxy on a loopback port", e);
        }
    }

    /** Where clients send their requests: {@code b.endpointOverride(slow.endpoint())}. */
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Holds back each of the next {@code times} responses by {@code delay}; later ones are on time. */
    public SlowProxy delayNext(int times, Duration delay) {
        for (int i = 0; i < times; i++) {
            delays.add(delay);
        }
        return this;
    }

    /** How many requests reached the proxy (and were passed on to DynamoDB). */
    public int requests() {
        return requests.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            requests.incrementAndGet();
            Duration delay = delays.poll();
            HttpRequest.Builder request = HttpRequest.newBuilder(target.resolve(exchange.getRequestURI()))
                    .method(
                            exchange.getRequestMethod(),
                            HttpRequest.BodyPublishers.ofByteArray(
                                    exchange.getRequestBody().readAllBytes()));
            exchange.getRequestHeaders().forEach((name, values) -> {
                if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT))) {
                    values.forEach(value -> request.header(name, value));
                }
            });
            HttpResponse<InputStream> response;
            try {
                response = forward.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
                byte[] body;
                try (InputStream in = response.body()) {
                    body = in.readAllBytes();
                }
                if (delay != null) {
                    // The fault itself: DynamoDB has answered, the client waits for it.
                    TimeUnit.NANOSECONDS.sleep(delay.toNanos());
                }
                for (Map.Entry<String, List<String>> header :
                        response.headers().map().entrySet()) {
                    if (!HOP_BY_HOP.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                        exchange.getResponseHeaders().put(header.getKey(), header.getValue());
                    }
                }
                exchange.sendResponseHeaders(response.statusCode(), body.length == 0 ? -1 : body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        } catch (IOException e) {
            // The client gave up and closed its connection: that is what the delay was for.
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
