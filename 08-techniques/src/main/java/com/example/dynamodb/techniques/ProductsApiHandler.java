package com.example.dynamodb.techniques;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

// tag::handler[]
/**
 * A serverless REST API: API Gateway (proxy integration) calls this Lambda handler, which reads and
 * writes DynamoDB. Routes: {@code POST /products}, {@code GET /products?limit=&next=},
 * {@code GET|PUT|DELETE /products/{sku}}. Bad input is a 400 with a sentence saying what to fix,
 * and nothing is written; a duplicate create is a 409; a missing product a 404.
 */
public final class ProductsApiHandler
        implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final DynamoDbClient client;
    private final String table;

    /**
     * Lambda calls this once per execution environment, then {@link #handleRequest} for every event
     * it sends there: the client (its connection pool, credentials, TLS sessions) is reused by every
     * invocation instead of being built again each time.
     */
    public ProductsApiHandler() {
        this(DynamoDbClient.create(), tableName(System.getenv()));
    }

    public ProductsApiHandler(DynamoDbClient client, String table) {
        this.client = client;
        this.table = table;
    }

    /** The table comes from the function's configuration; a missing setting says so on the first cold start. */
    public static String tableName(Map<String, String> environment) {
        String name = environment.get("TABLE_NAME");
        if (name == null || name.isBlank()) {
            throw new IllegalStateException(
                    "Set the environment variable TABLE_NAME to the products table in the function's configuration");
        }
        return name;
    }

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        String route = event.getHttpMethod() + " " + event.getResource();
        String sku = event.getPathParameters() == null
                ? null
                : event.getPathParameters().get("sku");
        Map<String, String> query =
                event.getQueryStringParameters() == null ? Map.of() : event.getQueryStringParameters();
        try {
            return switch (route) {
                case "POST /products" -> {
                    Product product = ProductInput.parse(event.getBody(), null);
                    yield ProductStore.create(client, table, product)
                            ? respond(201, product)
                            : error(409, "A product with SKU " + product.sku() + " already exists");
                }
                case "GET /products" ->
                    respond(
                            200,
                            ProductStore.list(
                                    client, table, ProductInput.pageSize(query.get("limit")), query.get("next")));
                case "GET /products/{sku}" -> found(ProductStore.get(client, table, ProductInput.sku(sku)), sku);
                case "PUT /products/{sku}" ->
                    found(
                            ProductStore.update(
                                    client, table, ProductInput.parse(event.getBody(), ProductInput.sku(sku))),
                            sku);
                case "DELETE /products/{sku}" ->
                    ProductStore.delete(client, table, ProductInput.sku(sku))
                            ? new APIGatewayProxyResponseEvent().withStatusCode(204)
                            : error(404, "No product with SKU " + sku);
                default -> error(404, "No route for " + route);
            };
        } catch (IllegalArgumentException e) {
            return error(400, e.getMessage()); // the client's mistake, said plainly; nothing was written
        } catch (DynamoDbException e) {
            // Details go to the log (CloudWatch Logs in Lambda), not to the caller.
            String requestId = context == null ? "local" : context.getAwsRequestId();
            if (context != null) {
                context.getLogger().log("DynamoDB failed for " + route + ": " + e.getMessage());
            }
            return error(500, "The products table could not process the request; request id " + requestId);
        }
    }

    private APIGatewayProxyResponseEvent found(Optional<Product> product, String sku) {
        return product.isPresent() ? respond(200, product.get()) : error(404, "No product with SKU " + sku);
    }

    private static APIGatewayProxyResponseEvent error(int status, String message) {
        return respond(status, Map.of("error", message));
    }

    private static APIGatewayProxyResponseEvent respond(int status, Object body) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        try {
            return new APIGatewayProxyResponseEvent()
                    .withStatusCode(status)
                    .withHeaders(headers)
                    .withBody(JSON.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write the response as JSON", e);
        }
    }
}
// end::handler[]
