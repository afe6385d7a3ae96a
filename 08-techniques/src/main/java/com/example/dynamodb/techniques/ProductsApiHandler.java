package com.example.dynamodb.techniques;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

// tag::handler[]
/**
 * A serverless REST API: API Gateway (proxy integration) calls this Lambda handler, which reads and
 * writes DynamoDB. Routes: {@code POST /products}, {@code GET /products?limit=&next=},
 * {@code GET|PUT|DELETE /products/{sku}}. Bad input is a 400 with a sentence saying what to fix,
 * and nothing is written; a duplicate create is a 409; a missing product a 404; a failure of
 * DynamoDB a 503 or 500 ({@link ApiResponses#failure}).
 */
public final class ProductsApiHandler
        implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    private final DynamoDbClient client;
    private final String table;

    /**
     * Lambda calls this once per execution environment, then {@link #handleRequest} for every event
     * it sends there: the client (its connection pool, credentials, TLS sessions) is reused by every
     * invocation instead of being built again each time.
     */
    public ProductsApiHandler() {
        this(
                DynamoDbClient.builder()
                        // Give up before the function's own timeout (3 s by default) does: a timed-out
                        // function has no answer, and API Gateway turns that into a bare 502.
                        .overrideConfiguration(o -> o.apiCallTimeout(Duration.ofSeconds(2)))
                        .build(),
                tableName(System.getenv()));
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
        try {
            return route(route, event);
        } catch (IllegalArgumentException e) {
            return ApiResponses.error(400, e.getMessage()); // the client's mistake, said plainly; nothing written
        } catch (RuntimeException e) { // DynamoDB throttled, timed out or refused; or a bug
            return ApiResponses.failure(e, route, context);
        }
    }

    private APIGatewayProxyResponseEvent route(String route, APIGatewayProxyRequestEvent event) {
        String sku = event.getPathParameters() == null
                ? null
                : event.getPathParameters().get("sku");
        Map<String, String> query =
                event.getQueryStringParameters() == null ? Map.of() : event.getQueryStringParameters();
        return switch (route) {
            case "POST /products" -> {
                Product product = ProductInput.parse(event.getBody(), null);
                yield ProductStore.create(client, table, product)
                        ? ApiResponses.json(201, product)
                        : ApiResponses.error(409, "A product with SKU " + product.sku() + " already exists");
            }
            case "GET /products" -> {
                int limit = ProductInput.pageSize(query.get("limit"));
                yield ApiResponses.json(200, ProductStore.list(client, table, limit, query.get("next")));
            }
            case "GET /products/{sku}" -> found(ProductStore.get(client, table, ProductInput.sku(sku)), sku);
            case "PUT /products/{sku}" -> {
                Product changed = ProductInput.parse(event.getBody(), ProductInput.sku(sku));
                yield found(ProductStore.update(client, table, changed), sku);
            }
            case "DELETE /products/{sku}" ->
                ProductStore.delete(client, table, ProductInput.sku(sku))
                        ? new APIGatewayProxyResponseEvent().withStatusCode(204)
                        : ApiResponses.error(404, "No product with SKU " + sku);
            default -> ApiResponses.error(404, "No route for " + route);
        };
    }

    private static APIGatewayProxyResponseEvent found(Optional<Product> product, String sku) {
        return product.isPresent()
                ? ApiResponses.json(200, product.get())
                : ApiResponses.error(404, "No product with SKU " + sku);
    }
}
// end::handler[]
