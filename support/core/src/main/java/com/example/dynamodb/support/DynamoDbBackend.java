package com.example.dynamodb.support;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.utility.DockerImageName;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.http.nio.netty.SdkEventLoopGroup;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.AwsRegionProvider;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClientBuilder;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;
import software.amazon.dynamodb.services.local.embedded.DynamoDBEmbedded;
import software.amazon.dynamodb.services.local.main.ServerRunner;
import software.amazon.dynamodb.services.local.server.DynamoDBProxyServer;
import software.amazon.dynamodb.services.local.shared.access.AmazonDynamoDBLocal;

/**
 * The one place that knows how to reach DynamoDB. Every example gets its clients from here:
 *
 * <pre>{@code
 * try (DynamoDbBackend ddb = DynamoDbBackend.open()) {
 *   DynamoDbClient client = ddb.client();
 *   ...
 * }
 * }</pre>
 *
 * Closing it closes the clients and stops whatever it started (the embedded engine, the local
 * server or the container): DynamoDB Local leaves non-daemon threads behind otherwise, and a
 * {@code main} would never exit.
 */
public final class DynamoDbBackend implements AutoCloseable {

    /** The image the {@code testcontainers} backend runs: pinned, like every other version. */
    public static final String DYNAMODB_LOCAL_IMAGE = "amazon/dynamodb-local:3.3.1";

    /** DynamoDB Local ignores the region; a client still needs one. Used for loopback backends only. */
    static final Region LOCAL_REGION = Region.US_EAST_1;

    /** DynamoDB Local accepts any key made of letters and digits; these go to loopback addresses only. */
    static final AwsCredentialsProvider DUMMY_CREDENTIALS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("dummykey", "dummysecret"));

    private final Backend kind;
    private final Optional<URI> endpoint;
    private final DynamoDbClient client;
    private final DynamoDbStreamsClient streamsClient;
    private final DynamoDbEnhancedClient enhancedClient;
    private final List<AutoCloseable> toClose;
    private SdkEventLoopGroup eventLoops;

    private DynamoDbBackend(
            Backend kind,
            Optional<URI> endpoint,
            DynamoDbClient client,
            DynamoDbStreamsClient streamsClient,
            List<AutoCloseable> toClose) {
        this.kind = kind;
        this.endpoint = endpoint;
        this.client = client;
        this.streamsClient = streamsClient;
        this.enhancedClient =
                DynamoDbEnhancedClient.builder().dynamoDbClient(client).build();
        this.toClose = toClose;
    }

    /** Opens the backend chosen by {@code -Dddb.backend} / {@code DDB_BACKEND} (default: embedded). */
    public static DynamoDbBackend open() {
        return open(BackendConfig.fromEnvironment());
    }

    public static DynamoDbBackend open(BackendConfig config) {
        return switch (config.backend()) {
            case EMBEDDED -> embedded();
            case LOCAL_SERVER -> localServer();
            case TESTCONTAINERS -> container();
            case ENDPOINT -> {
                requireListener(config.endpoint().orElseThrow());
                yield requireAnswer(sdkBuilt(Backend.ENDPOINT, config.endpoint().orElseThrow(), new ArrayList<>()));
            }
            case AWS -> aws();
        };
    }

    public Backend kind() {
        return kind;
    }

    /** The HTTP endpoint, for every backend but {@code embedded} and {@code aws}. */
    public Optional<URI> endpoint() {
        return endpoint;
    }

    public DynamoDbClient client() {
        return client;
    }

    public DynamoDbEnhancedClient enhancedClient() {
        return enhancedClient;
    }

    public DynamoDbStreamsClient streamsClient() {
        return streamsClient;
    }

    /**
     * A new SDK-built client for the same backend, customised (interceptors, retry strategy,
     * metrics...). The caller closes it. Not available on {@code embedded}, whose client is a proxy
     * that bypasses the SDK's request pipeline: use {@code local-server} for such lessons.
     */
    public DynamoDbClient newClient(Consumer<DynamoDbClientBuilder> customizer) {
        requireSdkPipeline("newClient");
        DynamoDbClientBuilder builder = DynamoDbClient.builder();
        configure(builder, endpoint);
        customizer.accept(builder);
        takeTurns(builder, kind);
        return builder.build();
    }

    /**
     * A new asynchronous client for the same backend (its HTTP client is the SDK's default, Netty),
     * with the same endpoint, region and credential rules as {@link #newClient}. Its Netty threads
     * belong to this backend, shared by every such client and stopped when the backend closes: a
     * client that owns its threads waits about 2 s for them when it closes. A customizer may set an
     * HTTP client of its own ({@code httpClient} or {@code httpClientBuilder}): then that one is
     * used. The caller closes the client:
     *
     * <pre>{@code
     * try (DynamoDbAsyncClient async = backend.newAsyncClient(b -> {})) {
     *     async.putItem(b -> b.tableName(table).item(item)).join();
     * }
     * }</pre>
     *
     * Not available on {@code embedded}: use {@code -Dddb.backend=local-server}.
     */
    public DynamoDbAsyncClient newAsyncClient(Consumer<DynamoDbAsyncClientBuilder> customizer) {
        requireSdkPipeline("newAsyncClient");
        DynamoDbAsyncClientBuilder builder = DynamoDbAsyncClient.builder();
        configure(builder, endpoint);
        // The SDK refuses a builder with both httpClient and httpClientBuilder set, so the shared
        // threads go in only when the customizer chose no HTTP client of its own.
        boolean[] ownHttpClient = {false};
        customizer.accept(watching(builder, () -> ownHttpClient[0] = true));
        if (!ownHttpClient[0]) {
            builder.httpClientBuilder(NettyNioAsyncHttpClient.builder().eventLoopGroup(eventLoops()));
        }
        takeTurns(builder, kind);
        return builder.build();
    }

    /** {@code builder} as itself, telling {@code onHttpClient} when an HTTP client (or its builder) is set. */
    private static DynamoDbAsyncClientBuilder watching(DynamoDbAsyncClientBuilder builder, Runnable onHttpClient) {
        return (DynamoDbAsyncClientBuilder) Proxy.newProxyInstance(
                DynamoDbAsyncClientBuilder.class.getClassLoader(),
                new Class<?>[] {DynamoDbAsyncClientBuilder.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("httpClient")
                            || method.getName().equals("httpClientBuilder")) {
                        onHttpClient.run();
                    }
                    Object result;
                    try {
                        result = method.invoke(builder, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    return result == builder ? proxy : result;
                });
    }

    /** The Netty threads of {@link #newAsyncClient}'s clients: made on first use, stopped on close. */
    private synchronized SdkEventLoopGroup eventLoops() {
        if (eventLoops == null) {
            SdkEventLoopGroup group =
                    SdkEventLoopGroup.builder().numberOfThreads(2).build();
            toClose.add(() -> group.eventLoopGroup().shutdownGracefully(0, 1, TimeUnit.SECONDS));
            eventLoops = group;
        }
        return eventLoops;
    }

    private void requireSdkPipeline(String method) {
        if (!kind.sdkBuilt()) {
            throw new IllegalStateException("The embedded backend has no SDK request pipeline, so " + method
                    + "(...) cannot build a client: interceptors, retry strategies, metric publishers and"
                    + " async clients need one. Use -Dddb.backend=local-server for this example.");
        }
    }

    @Override
    public void close() {
        RuntimeException failure = null;
        // Close in reverse order of opening: clients first, then what they talk to.
        for (int i = toClose.size() - 1; i >= 0; i--) {
            try {
                toClose.get(i).close();
            } catch (Exception e) {
                if (failure == null) {
                    failure = new IllegalStateException("Could not close the " + kind.id() + " backend", e);
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    // --- the five backends -------------------------------------------------------------------

    private static DynamoDbBackend embedded() {
        // true = disable DynamoDB Local's telemetry: the examples make no network calls at all.
        AmazonDynamoDBLocal local = DynamoDBEmbedded.create(true);
        DynamoDbClient client = ControlPlaneTurns.inTurns(local.dynamoDbClient());
        DynamoDbStreamsClient streams = local.dynamoDbStreamsClient();
        List<AutoCloseable> toClose = new ArrayList<>();
        toClose.add(local::shutdown);
        toClose.add(client);
        toClose.add(streams);
        return new DynamoDbBackend(Backend.EMBEDDED, Optional.empty(), client, streams, toClose);
    }

    private static DynamoDbBackend localServer() {
        List<AutoCloseable> toClose = new ArrayList<>();
        DynamoDBProxyServer server = null;
        int port = 0;
        Exception lastFailure = null;
        // A free port can be taken by someone else before the server binds it: try a few times.
        for (int attempt = 0; attempt < 3 && server == null; attempt++) {
            try {
                port = freePort();
                DynamoDBProxyServer candidate = ServerRunner.createServerFromCommandLineArgs(
                        new String[] {"-inMemory", "-sharedDb", "-disableTelemetry", "-port", String.valueOf(port)});
                candidate.start();
                server = candidate;
            } catch (Exception e) {
                lastFailure = e;
            }
        }
        if (server == null) {
            throw new IllegalStateException("Could not start DynamoDB Local's server on a free port", lastFailure);
        }
        DynamoDBProxyServer started = server;
        toClose.add(started::stop);
        return sdkBuilt(Backend.LOCAL_SERVER, URI.create("http://127.0.0.1:" + port), toClose);
    }

    private static DynamoDbBackend container() {
        if (!dockerAvailable()) {
            throw new IllegalStateException(
                    "The testcontainers backend needs a running Docker engine, and none was found. Start"
                            + " Docker, or use the default embedded backend (no -Dddb.backend), which needs nothing.");
        }
        GenericContainer<?> container = new GenericContainer<>(DockerImageName.parse(DYNAMODB_LOCAL_IMAGE))
                .withCommand("-jar DynamoDBLocal.jar -inMemory -sharedDb -disableTelemetry")
                .withExposedPorts(8000);
        container.start();
        List<AutoCloseable> toClose = new ArrayList<>();
        toClose.add(container::stop);
        URI endpoint = URI.create("http://" + container.getHost() + ":" + container.getMappedPort(8000));
        return sdkBuilt(Backend.TESTCONTAINERS, Endpoints.requireSafe(endpoint), toClose);
    }

    private static DynamoDbBackend aws() {
        requireAwsSetup(DefaultCredentialsProvider.builder().build(), new DefaultAwsRegionProviderChain());
        return sdkBuilt(Backend.AWS, null, new ArrayList<>());
    }

    /** True when Testcontainers finds a Docker engine; cheap after the first call. */
    public static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    /**
     * Fails with one clear paragraph when real AWS is chosen but no credentials or no region can be
     * found, rather than with the SDK's stack trace on the first request.
     */
    static void requireAwsSetup(AwsCredentialsProvider credentials, AwsRegionProvider region) {
        String missing = null;
        try {
            credentials.resolveCredentials();
        } catch (SdkClientException | IllegalStateException e) {
            missing = "no credentials (" + shorten(e.getMessage()) + ")";
        }
        try {
            region.getRegion();
        } catch (SdkClientException | IllegalStateException e) {
            missing = (missing == null ? "" : missing + " and ") + "no region (" + shorten(e.getMessage()) + ")";
        }
        if (missing == null) {
            return;
        }
        throw new IllegalStateException(
                "The 'aws' backend sends requests to real Amazon DynamoDB in your account, but it found "
                        + missing + ". Configure them as for the AWS CLI: run 'aws configure', or set"
                        + " AWS_PROFILE, or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, together with"
                        + " AWS_REGION. Tables created there cost money. To run without an account, drop"
                        + " -Dddb.backend=aws: the default embedded DynamoDB Local needs nothing.");
    }

    /** "Connection refused" rather than the SDK's wrapping of it. */
    private static String rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return shorten(message == null || message.isBlank() ? root.getClass().getSimpleName() : message);
    }

    /** The SDK's messages list every provider it tried; the first words are enough here. */
    private static String shorten(String message) {
        if (message == null) {
            return "no detail";
        }
        String firstLine = message.lines().findFirst().orElse("");
        int chain = firstLine.indexOf(" in the chain");
        if (chain > 0) {
            // "Unable to load credentials from any of the providers in the chain AwsCredentialsProviderChain(..."
            firstLine = firstLine.substring(0, chain);
        }
        return firstLine.length() <= 80 ? firstLine : firstLine.substring(0, 77) + "...";
    }

    /** How long the endpoint check waits for an answer before it says that nothing answers. */
    static final Duration PROBE_TIMEOUT = Duration.ofSeconds(5);

    /**
     * Checks, before any lesson starts, that something answers at the endpoint the user gave, and
     * says plainly what to do when nothing does. A cheap ListTables of one name: reads nothing else.
     */
    static DynamoDbBackend requireAnswer(DynamoDbBackend backend) {
        URI where = backend.endpoint().orElseThrow();
        DynamoDbClientBuilder probeBuilder = DynamoDbClient.builder();
        configure(probeBuilder, backend.endpoint());
        // One attempt: a refused connection is no hiccup, and the SDK's retries would only delay the answer.
        try (DynamoDbClient probe = probeBuilder
                .overrideConfiguration(
                        o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()).apiCallTimeout(PROBE_TIMEOUT))
                .build()) {
            probe.listTables(b -> b.limit(1));
            return backend;
        } catch (SdkClientException e) {
            backend.close();
            throw nothingAnswers(where, rootCause(e));
        } catch (AwsServiceException e) {
            if (e.awsErrorDetails() != null
                    && e.awsErrorDetails().errorCode() != null
                    && e.statusCode() != 404
                    && e.statusCode() != 405) {
                // It speaks DynamoDB's protocol (e.g. it refused the credentials): the lesson's own
                // calls will say what is wrong, with the service's words.
                return backend;
            }
            backend.close();
            throw new IllegalStateException("Something answers at " + where + ", but not as DynamoDB does (HTTP "
                    + e.statusCode() + "). Check the URL: it should be DynamoDB Local's, e.g."
                    + " http://127.0.0.1:8000, or drop -Dddb.endpoint to use the embedded engine.");
        }
    }

    /**
     * On a loopback endpoint, a port nobody listens on is told at once, before any SDK client is
     * built (the common mistake: DynamoDB Local not started yet). Other hosts may sit behind a
     * proxy the SDK knows of, so only {@link #requireAnswer}'s request speaks for them.
     */
    private static void requireListener(URI where) {
        if (!Endpoints.isLoopback(where)) {
            return;
        }
        int port = where.getPort() > 0 ? where.getPort() : "https".equalsIgnoreCase(where.getScheme()) ? 443 : 80;
        IOException refused = null;
        try {
            // "localhost" may name 127.0.0.1 and ::1; a server on either one answers.
            for (InetAddress address : InetAddress.getAllByName(where.getHost())) {
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress(address, port), (int) PROBE_TIMEOUT.toMillis());
                    return;
                } catch (IOException e) {
                    refused = e;
                }
            }
        } catch (UnknownHostException e) {
            refused = e;
        }
        throw nothingAnswers(where, rootCause(refused));
    }

    private static IllegalStateException nothingAnswers(URI where, String why) {
        String port = where.getPort() > 0 ? String.valueOf(where.getPort()) : "8000";
        return new IllegalStateException("Nothing answers at " + where + " (" + why
                + "). Start DynamoDB Local there first, as the root README shows"
                + " (java -jar DynamoDBLocal.jar -sharedDb -inMemory -port " + port + "), or drop"
                + " -Dddb.endpoint (and DDB_ENDPOINT) to use the embedded engine, which needs nothing.");
    }

    private static DynamoDbBackend sdkBuilt(Backend kind, URI endpoint, List<AutoCloseable> toClose) {
        Optional<URI> where = Optional.ofNullable(endpoint);
        DynamoDbClientBuilder builder = DynamoDbClient.builder();
        configure(builder, where);
        takeTurns(builder, kind);
        DynamoDbClient client = builder.build();
        var streamsBuilder = DynamoDbStreamsClient.builder();
        configure(streamsBuilder, where);
        DynamoDbStreamsClient streams = streamsBuilder.build();
        toClose.add(client);
        toClose.add(streams);
        return new DynamoDbBackend(kind, where, client, streams, toClose);
    }

    /** Endpoint, region and credentials: dummy ones on loopback, the default chain anywhere else. */
    private static void configure(AwsClientBuilder<?, ?> builder, Optional<URI> endpoint) {
        endpoint.ifPresent(builder::endpointOverride);
        if (endpoint.isPresent() && Endpoints.isLoopback(endpoint.get())) {
            builder.region(LOCAL_REGION).credentialsProvider(DUMMY_CREDENTIALS);
        }
    }

    /** Off AWS, table changes take turns ({@link ControlPlaneTurns}), after whatever the caller configured. */
    private static void takeTurns(AwsClientBuilder<?, ?> builder, Backend kind) {
        if (kind != Backend.AWS) {
            builder.overrideConfiguration(builder.overrideConfiguration().toBuilder()
                    .addExecutionInterceptor(ControlPlaneTurns.INTERCEPTOR)
                    .build());
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
