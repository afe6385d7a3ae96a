package com.example.dynamodb.techniques;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.FaultInjector;
import com.example.dynamodb.support.FaultInjector.Fault;
import com.example.dynamodb.support.SlowProxy;
import com.example.dynamodb.support.Tables;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Every way DynamoDB can fail the handler, made real: the FaultInjector answers with DynamoDB's own
 * errors, the SlowProxy makes the SDK's timeouts fire, and a port with nothing behind it refuses
 * the connection. Each ends in a status and a sentence, never an exception for API Gateway to turn
 * into a 502.
 */
@DynamoDbTest(sdkClient = true)
class ApiResponsesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PEN = "{\"sku\": \"PEN-1\", \"name\": \"Fountain pen\", \"price\": 24.5}";

    private static String productsTable(Tables tables) {
        String table = tables.reserve("Products");
        tables.createAndWait(ProductStore.definition(table));
        return table;
    }

    /**
     * An SDK client of the local server: {@code maxAttempts} attempts 5 ms apart, plus {@code timeouts}
     * in the same override configuration (a second {@code overrideConfiguration(...)} call would
     * replace the first, retry strategy and all), plus {@code transport}.
     */
    private static DynamoDbClient client(
            DynamoDbBackend backend,
            int maxAttempts,
            Consumer<ClientOverrideConfiguration.Builder> timeouts,
            Consumer<DynamoDbClientBuilder> transport) {
        BackoffStrategy quick = BackoffStrategy.fixedDelay(Duration.ofMillis(5));
        var retries = AwsRetryStrategy.standardRetryStrategy().toBuilder()
                .maxAttempts(maxAttempts)
                .backoffStrategy(quick)
                .throttlingBackoffStrategy(quick)
                .build();
        return backend.newClient(b -> {
            b.overrideConfiguration(o -> {
                o.retryStrategy(retries);
                timeouts.accept(o);
            });
            transport.accept(b);
        });
    }

    private static String error(APIGatewayProxyResponseEvent response) throws IOException {
        return JSON.readTree(response.getBody()).get("error").asText();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(
            value = Fault.class,
            names = {"THROTTLE", "THROTTLING_EXCEPTION", "REQUEST_LIMIT_EXCEEDED"})
    @DisplayName("throttled on every attempt: 503 with Retry-After, the request id, and the error code in the log")
    void throttled(Fault fault, DynamoDbBackend backend, Tables tables) throws IOException {
        String table = productsTable(tables);
        FaultInjector faults = new FaultInjector().inject("GetItem", fault, 2);
        LocalContext context = new LocalContext("req-503");

        APIGatewayProxyResponseEvent response;
        try (DynamoDbClient client =
                client(backend, 2, o -> {}, b -> b.httpClientBuilder(faults.httpClientBuilder()))) {
            response = new ProductsApiHandler(client, table)
                    .handleRequest(ApiEvents.request("GET", "/products/PEN-1", null), context);
        }

        assertThat(faults.attempts("GetItem"))
                .as("the SDK retried once, as configured")
                .isEqualTo(2);
        assertThat(response.getStatusCode()).isEqualTo(503);
        assertThat(response.getHeaders()).containsEntry("Retry-After", "1");
        assertThat(error(response)).isEqualTo("The products table is busy; retry in a second (request id req-503)");
        assertThat(context.logged())
                .singleElement(as(InstanceOfAssertFactories.STRING))
                .startsWith("GET /products/{sku} failed, request id req-503: ")
                .contains(fault.errorCode());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"apiCallTimeout", "apiCallAttemptTimeout"})
    @DisplayName("a timed-out create: 503 with Retry-After, saying the change may have been made, and it was")
    void timedOut(String timeout, DynamoDbBackend backend, DynamoDbClient direct, Tables tables) throws IOException {
        String table = productsTable(tables);
        Consumer<ClientOverrideConfiguration.Builder> patience = timeout.equals("apiCallTimeout")
                ? o -> o.apiCallTimeout(Duration.ofSeconds(1))
                : o -> o.apiCallAttemptTimeout(Duration.ofSeconds(1));
        LocalContext context = new LocalContext("req-late");

        APIGatewayProxyResponseEvent response;
        try (SlowProxy slow = SlowProxy.forwardingTo(backend.endpoint().orElseThrow());
                DynamoDbClient client = client(backend, 1, patience, b -> b.endpointOverride(slow.endpoint()))) {
            // A first call, with time to spare, opens the connection: then only the late answer is timed.
            client.getItem(r -> r.tableName(table)
                    .key(Map.of("sku", AttributeValue.fromS("PEN-1")))
                    .overrideConfiguration(c ->
                            c.apiCallTimeout(Duration.ofSeconds(30)).apiCallAttemptTimeout(Duration.ofSeconds(30))));
            // A second is ample for a warm client to send the create, even on a busy machine; the answer
            // comes 2.5 s after DynamoDB gave it.
            slow.delayNext(1, Duration.ofMillis(2_500));
            response = new ProductsApiHandler(client, table)
                    .handleRequest(ApiEvents.request("POST", "/products", PEN), context);
        }

        assertThat(response.getStatusCode()).isEqualTo(503);
        assertThat(response.getHeaders()).containsEntry("Retry-After", "1");
        assertThat(error(response))
                .isEqualTo("The products table did not answer in time; a change may have been made:"
                        + " read it before you retry (request id req-late)");
        assertThat(context.logged())
                .singleElement(as(InstanceOfAssertFactories.STRING))
                .contains("TimeoutException");
        assertThat(ProductStore.get(direct, table, "PEN-1"))
                .as("DynamoDB applied the write")
                .isPresent();
    }

    @Test
    @DisplayName("DynamoDB's 500 on every attempt: a 500 naming the request id, the error code in the log")
    void serverError(DynamoDbBackend backend, Tables tables) throws IOException {
        String table = productsTable(tables);
        FaultInjector faults = new FaultInjector().inject("PutItem", Fault.SERVER_ERROR, 2);
        LocalContext context = new LocalContext("req-500");

        APIGatewayProxyResponseEvent response;
        try (DynamoDbClient client =
                client(backend, 2, o -> {}, b -> b.httpClientBuilder(faults.httpClientBuilder()))) {
            response = new ProductsApiHandler(client, table)
                    .handleRequest(ApiEvents.request("POST", "/products", PEN), context);
        }

        assertThat(response.getStatusCode()).isEqualTo(500);
        assertThat(response.getHeaders()).doesNotContainKey("Retry-After");
        assertThat(error(response)).isEqualTo("The products table could not process the request; request id req-500");
        assertThat(context.logged())
                .singleElement(as(InstanceOfAssertFactories.STRING))
                .contains("InternalServerError");
    }

    @Test
    @DisplayName("nothing listening where DynamoDB should be: a 500 naming the request id, not a stack trace")
    void noConnection(DynamoDbBackend backend) throws IOException {
        LocalContext context = new LocalContext("req-down");
        URI nowhere;
        try (ServerSocket socket = new ServerSocket(0)) {
            nowhere = URI.create("http://127.0.0.1:" + socket.getLocalPort()); // closed again: nothing listens
        }

        APIGatewayProxyResponseEvent response;
        try (DynamoDbClient client = client(backend, 1, o -> {}, b -> b.endpointOverride(nowhere))) {
            response = new ProductsApiHandler(client, "Products")
                    .handleRequest(ApiEvents.request("GET", "/products/PEN-1", null), context);
        }

        assertThat(response.getStatusCode()).isEqualTo(500);
        assertThat(error(response)).isEqualTo("The products table could not process the request; request id req-down");
        assertThat(context.logged())
                .singleElement(as(InstanceOfAssertFactories.STRING))
                .contains("SdkClientException");
    }
}
