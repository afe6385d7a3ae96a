package com.example.dynamodb.crud.migration;

import com.amazonaws.AmazonWebServiceRequest;
import com.amazonaws.Request;
import com.amazonaws.Response;
import com.amazonaws.auth.AWSStaticCredentialsProvider;
import com.amazonaws.auth.BasicAWSCredentials;
import com.amazonaws.client.builder.AwsClientBuilder.EndpointConfiguration;
import com.amazonaws.handlers.RequestHandler2;
import com.amazonaws.services.dynamodbv2.AmazonDynamoDB;
import com.amazonaws.services.dynamodbv2.AmazonDynamoDBClientBuilder;
import com.amazonaws.services.dynamodbv2.datamodeling.DynamoDBMapper;
import com.amazonaws.services.dynamodbv2.datamodeling.DynamoDBMapperConfig;
import com.amazonaws.services.dynamodbv2.datamodeling.DynamoDBMapperConfig.TableNameOverride;
import com.amazonaws.services.dynamodbv2.model.BatchWriteItemRequest;
import com.amazonaws.services.dynamodbv2.model.BatchWriteItemResult;
import com.amazonaws.services.dynamodbv2.model.WriteRequest;
import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.DynamoDbExtension;
import com.example.dynamodb.support.Endpoints;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * SDK v1 for the migration tests: one client per test class, over HTTP to the same DynamoDB Local
 * server as the v2 client (DynamoDB Local 3.x has no embedded v1 client), with dummy credentials
 * on loopback. It records every request v1 sends, and can make BatchWriteItem leave items
 * unprocessed, as the service does under throttling (DynamoDB Local never does).
 *
 * <p>A test class gets it as a parameter with {@code @ExtendWith(LegacyV1.PerClass.class)} next to
 * {@code @DynamoDbTest(sdkClient = true)}: built on first use, reset before each test, shut down
 * when the class ends.
 */
final class LegacyV1 extends RequestHandler2 implements AutoCloseable {

    /** Resolves a {@code LegacyV1} parameter: one per test class, on that class's backend. */
    static final class PerClass implements ParameterResolver, BeforeEachCallback {
        private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(PerClass.class);

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == LegacyV1.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return classStore(context)
                    .computeIfAbsent("v1", k -> new LegacyV1(DynamoDbExtension.backendFor(context)), LegacyV1.class);
        }

        @Override
        public void beforeEach(ExtensionContext context) {
            LegacyV1 v1 = classStore(context).get("v1", LegacyV1.class);
            if (v1 != null) {
                v1.reset();
            }
        }

        private static ExtensionContext.Store classStore(ExtensionContext context) {
            ExtensionContext c = context;
            while (c.getTestMethod().isPresent()) {
                c = c.getParent().orElseThrow();
            }
            return c.getStore(NAMESPACE); // JUnit closes it (AutoCloseable) when the class is done
        }
    }

    private final AmazonDynamoDB client;
    private final List<AmazonWebServiceRequest> sent = new ArrayList<>();
    private final Map<String, DynamoDBMapper> mappers = new HashMap<>();
    private int batchCallsToDisturb;
    private Map<String, List<WriteRequest>> withheld = Map.of();

    private LegacyV1(DynamoDbBackend backend) {
        AmazonDynamoDBClientBuilder builder =
                AmazonDynamoDBClientBuilder.standard().withRequestHandlers(this);
        URI endpoint = backend.endpoint().orElse(null);
        if (endpoint != null) {
            builder.withEndpointConfiguration(new EndpointConfiguration(endpoint.toString(), "us-east-1"));
            if (Endpoints.isLoopback(endpoint)) {
                builder.withCredentials(new AWSStaticCredentialsProvider(new BasicAWSCredentials("dummy", "dummy")));
            }
        }
        this.client = builder.build();
    }

    /** A mapper with v1's defaults, writing to {@code table} instead of the annotation's name. */
    synchronized DynamoDBMapper mapper(String table) {
        return mappers.computeIfAbsent(table, t -> mapper(t, config -> config)); // a mapper models its beans once
    }

    DynamoDBMapper mapper(String table, UnaryOperator<DynamoDBMapperConfig.Builder> settings) {
        return new DynamoDBMapper(
                client,
                settings.apply(DynamoDBMapperConfig.builder()
                                .withTableNameOverride(TableNameOverride.withTableNameReplacement(table)))
                        .build());
    }

    /** Forgets what was sent and stops disturbing batches (before each test). */
    synchronized void reset() {
        sent.clear();
        mappers.clear();
        batchCallsToDisturb = 0;
    }

    /** The requests of one type that v1 sent since the last reset, in order. */
    synchronized <T extends AmazonWebServiceRequest> List<T> sent(Class<T> type) {
        return sent.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** On the next {@code calls} BatchWriteItem calls, every second write stays unprocessed. */
    synchronized void leaveUnprocessed(int calls) {
        batchCallsToDisturb = calls;
    }

    @Override
    public synchronized AmazonWebServiceRequest beforeExecution(AmazonWebServiceRequest request) {
        AmazonWebServiceRequest outgoing = request;
        withheld = Map.of();
        if (request instanceof BatchWriteItemRequest batch && batchCallsToDisturb > 0) {
            batchCallsToDisturb--;
            Map<String, List<WriteRequest>> kept = new HashMap<>();
            Map<String, List<WriteRequest>> held = new HashMap<>();
            batch.getRequestItems().forEach((table, writes) -> {
                for (int i = 0; i < writes.size(); i++) { // keep the first: every call makes progress
                    (i % 2 == 1 ? held : kept)
                            .computeIfAbsent(table, t -> new ArrayList<>())
                            .add(writes.get(i));
                }
            });
            withheld = held;
            outgoing = batch.clone().withRequestItems(kept);
        }
        sent.add(outgoing.clone()); // a copy: v1 reuses a query request for its next page
        return outgoing;
    }

    @Override
    public synchronized void afterResponse(Request<?> request, Response<?> response) {
        if (response.getAwsResponse() instanceof BatchWriteItemResult result && !withheld.isEmpty()) {
            result.setUnprocessedItems(withheld); // what the server never saw comes back unprocessed
        }
    }

    @Override
    public void close() {
        client.shutdown();
    }
}
