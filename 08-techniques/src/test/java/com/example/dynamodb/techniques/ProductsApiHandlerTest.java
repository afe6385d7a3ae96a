package com.example.dynamodb.techniques;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.RecordingClient;
import com.example.dynamodb.support.Tables;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@DynamoDbTest
class ProductsApiHandlerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ProductsApiHandler handler(DynamoDbClient client, Tables tables) {
        String table = tables.reserve("Products");
        tables.createAndWait(ProductStore.definition(table));
        return new ProductsApiHandler(client, table);
    }

    private static APIGatewayProxyResponseEvent call(
            ProductsApiHandler handler, String method, String path, String body) {
        return handler.handleRequest(ApiEvents.request(method, path, body), new LocalContext("req-1"));
    }

    private static JsonNode json(APIGatewayProxyResponseEvent response) throws Exception {
        return JSON.readTree(response.getBody());
    }

    private static int itemCount(DynamoDbClient client, Tables tables) {
        return client.scan(b -> b.tableName(tables.reserved().get(0))).count();
    }

    @Test
    @DisplayName("POST creates a product (201) that GET then returns (200)")
    void createThenGet(DynamoDbClient client, Tables tables) throws Exception {
        ProductsApiHandler handler = handler(client, tables);

        var created = call(
                handler, "POST", "/products", "{\"sku\": \"PEN-1\", \"name\": \" Fountain pen \", \"price\": 24.50}");
        var read = call(handler, "GET", "/products/PEN-1", null);

        assertThat(created.getStatusCode()).isEqualTo(201);
        assertThat(created.getHeaders()).containsEntry("Content-Type", "application/json");
        assertThat(read.getStatusCode()).isEqualTo(200);
        assertThat(json(read).get("name").asText()).isEqualTo("Fountain pen");
        assertThat(json(read).get("price").decimalValue()).isEqualByComparingTo("24.5");
    }

    @Test
    @DisplayName("a second POST with the same SKU is a 409 and leaves the first product as it was")
    void duplicateIsAConflict(DynamoDbClient client, Tables tables) throws Exception {
        ProductsApiHandler handler = handler(client, tables);
        call(handler, "POST", "/products", "{\"sku\": \"PEN-1\", \"name\": \"Fountain pen\", \"price\": 24.5}");

        var again = call(handler, "POST", "/products", "{\"sku\": \"PEN-1\", \"name\": \"Cheap pen\", \"price\": 1}");

        assertThat(again.getStatusCode()).isEqualTo(409);
        assertThat(json(again).get("error").asText()).isEqualTo("A product with SKU PEN-1 already exists");
        assertThat(json(call(handler, "GET", "/products/PEN-1", null))
                        .get("name")
                        .asText())
                .isEqualTo("Fountain pen");
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("bad input is a 400 that says what to fix, refused before DynamoDB is asked anything")
    @CsvSource(
            delimiter = '|',
            value = {
                "not JSON           | {\"sku\": \"PEN-1\", \"name\": \"Pen\", | The body is not valid JSON (line 1, column 32): Unexpected end-of-input",
                "a JSON array       | [1, 2]                                  | The body must be a JSON object",
                "missing price      | {\"sku\": \"PEN-1\", \"name\": \"Pen\"}  | Missing required field 'price'",
                "missing sku        | {\"name\": \"Pen\", \"price\": 1}      | Missing required field 'sku'",
                "price as text      | {\"sku\": \"PEN-1\", \"name\": \"Pen\", \"price\": \"1\"} | Field 'price' must be a number",
                "negative price     | {\"sku\": \"PEN-1\", \"name\": \"Pen\", \"price\": -1} | Field 'price' must be between 0 and 999999.99",
                "three decimals     | {\"sku\": \"PEN-1\", \"name\": \"Pen\", \"price\": 1.005} | Field 'price' must be between 0 and 999999.99, with at most 2 decimals",
                "empty name         | {\"sku\": \"PEN-1\", \"name\": \"  \", \"price\": 1} | Field 'name' must have 1 to 100 characters",
                "lower-case sku     | {\"sku\": \"pen 1\", \"name\": \"Pen\", \"price\": 1} | A SKU has 1 to 32 characters A-Z, 0-9 or '-', got: pen 1",
                "unknown field      | {\"sku\": \"PEN-1\", \"name\": \"Pen\", \"price\": 1, \"colour\": \"red\"} | Unknown field 'colour'",
                "empty body         | ''                                      | The request needs a JSON body",
            })
    void badInput(String what, String body, String message, DynamoDbClient client) throws Exception {
        RecordingClient recorder = RecordingClient.of(client);
        ProductsApiHandler handler = new ProductsApiHandler(recorder.client(), "Products");

        var response = call(handler, "POST", "/products", body);

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(json(response).get("error").asText()).startsWith(message);
        assertThat(recorder.calls())
                .as("refused before any request reached DynamoDB")
                .isEmpty();
    }

    @Test
    @DisplayName("a body over 10 KB is refused with its size before it is parsed")
    void oversizeBody(DynamoDbClient client) throws Exception {
        RecordingClient recorder = RecordingClient.of(client);
        ProductsApiHandler handler = new ProductsApiHandler(recorder.client(), "Products");
        String body = "{\"sku\": \"PEN-1\", \"name\": \"" + "x".repeat(20_000) + "\", \"price\": 1}";

        var response = call(handler, "POST", "/products", body);

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(json(response).get("error").asText())
                .isEqualTo("The body is " + body.length() + " bytes; the limit is 10240 bytes");
        assertThat(recorder.calls())
                .as("refused before any request reached DynamoDB")
                .isEmpty();
    }

    @Test
    @DisplayName("PUT replaces name and price (200); on a missing SKU it is a 404 and creates nothing")
    void update(DynamoDbClient client, Tables tables) throws Exception {
        ProductsApiHandler handler = handler(client, tables);
        call(handler, "POST", "/products", "{\"sku\": \"INK-1\", \"name\": \"Blue ink\", \"price\": 4.2}");

        var updated = call(handler, "PUT", "/products/INK-1", "{\"name\": \"Blue ink, 50 ml\", \"price\": 4.9}");
        var missing = call(handler, "PUT", "/products/INK-2", "{\"name\": \"Red ink\", \"price\": 4.9}");
        var skuInBody = call(handler, "PUT", "/products/INK-1", "{\"sku\": \"INK-9\", \"name\": \"x\", \"price\": 1}");

        assertThat(updated.getStatusCode()).isEqualTo(200);
        assertThat(json(updated).get("name").asText()).isEqualTo("Blue ink, 50 ml");
        assertThat(missing.getStatusCode()).isEqualTo(404);
        assertThat(skuInBody.getStatusCode()).isEqualTo(400);
        assertThat(json(skuInBody).get("error").asText()).startsWith("Unknown field 'sku'");
        assertThat(itemCount(client, tables)).isEqualTo(1);
    }

    @Test
    @DisplayName("DELETE answers 204, then 404 for the same SKU, and GET finds nothing")
    void delete(DynamoDbClient client, Tables tables) {
        ProductsApiHandler handler = handler(client, tables);
        call(handler, "POST", "/products", "{\"sku\": \"PEN-1\", \"name\": \"Pen\", \"price\": 1}");

        assertThat(call(handler, "DELETE", "/products/PEN-1", null).getStatusCode())
                .isEqualTo(204);
        assertThat(call(handler, "DELETE", "/products/PEN-1", null).getStatusCode())
                .isEqualTo(404);
        assertThat(call(handler, "GET", "/products/PEN-1", null).getStatusCode())
                .isEqualTo(404);
    }

    @Test
    @DisplayName("GET /products pages with 'next' tokens: following them returns every product exactly once")
    void pagination(DynamoDbClient client, Tables tables) throws Exception {
        ProductsApiHandler handler = handler(client, tables);
        for (int i = 0; i < 7; i++) {
            call(
                    handler,
                    "POST",
                    "/products",
                    "{\"sku\": \"P-" + i + "\", \"name\": \"Product " + i + "\", \"price\": " + i + "}");
        }

        List<String> seen = new ArrayList<>();
        List<Integer> pageSizes = new ArrayList<>();
        String next = null;
        do {
            var page = json(call(handler, "GET", "/products?limit=3" + (next == null ? "" : "&next=" + next), null));
            page.get("items").forEach(item -> seen.add(item.get("sku").asText()));
            pageSizes.add(page.get("items").size());
            next = page.get("next").isNull() ? null : page.get("next").asText();
        } while (next != null);

        assertThat(seen).containsExactlyInAnyOrder("P-0", "P-1", "P-2", "P-3", "P-4", "P-5", "P-6");
        assertThat(pageSizes)
                .startsWith(3, 3)
                .allSatisfy(size -> assertThat(size).isLessThanOrEqualTo(3));
    }

    @Test
    @DisplayName("a forged page token, a bad limit and an unknown route are refused with a sentence")
    void badRequestsOnRead(DynamoDbClient client, Tables tables) throws Exception {
        ProductsApiHandler handler = handler(client, tables);

        var forged = call(handler, "GET", "/products?next=" + ProductStore.encode("x y"), null);
        var limit = call(handler, "GET", "/products?limit=1000", null);
        var route = call(handler, "PATCH", "/products/PEN-1", null);

        assertThat(forged.getStatusCode()).isEqualTo(400);
        assertThat(json(forged).get("error").asText())
                .isEqualTo("Parameter 'next' is not a page token issued by this API");
        assertThat(json(limit).get("error").asText())
                .isEqualTo("Parameter 'limit' must be a whole number from 1 to 100");
        assertThat(route.getStatusCode()).isEqualTo(404);
        assertThat(json(route).get("error").asText()).isEqualTo("No route for PATCH /products/{sku}");
    }

    @Test
    @DisplayName("a missing table is a 500 naming the request id; the details go to the function's log")
    void missingTable(DynamoDbClient client) throws Exception {
        ProductsApiHandler handler = new ProductsApiHandler(client, "NoSuchTable");
        LocalContext context = new LocalContext("req-42");

        var response = handler.handleRequest(ApiEvents.request("GET", "/products/PEN-1", null), context);

        assertThat(response.getStatusCode()).isEqualTo(500);
        assertThat(json(response).get("error").asText())
                .isEqualTo("The products table could not process the request; request id req-42");
        assertThat(context.logged())
                .singleElement(as(InstanceOfAssertFactories.STRING))
                .startsWith("GET /products/{sku} failed, request id req-42: ")
                .contains("ResourceNotFoundException")
                // the service's own words: DynamoDB Local's, or DynamoDB's (which dynalite copies)
                .containsAnyOf("Cannot do operations on a non-existent table", "Requested resource not found");
    }

    @Test
    @DisplayName("an item the code cannot read (no price) is a 500 with the request id, never an escaping exception")
    void unreadableItem(DynamoDbClient client, Tables tables) throws Exception {
        ProductsApiHandler handler = handler(client, tables);
        String table = tables.reserved().get(0);
        // Another writer left an item without a price.
        client.putItem(b -> b.tableName(table)
                .item(Map.of("sku", AttributeValue.fromS("ODD-1"), "name", AttributeValue.fromS("Odd"))));
        LocalContext context = new LocalContext("req-7");

        var response = handler.handleRequest(ApiEvents.request("GET", "/products/ODD-1", null), context);

        assertThat(response.getStatusCode()).isEqualTo(500);
        assertThat(json(response).get("error").asText()).isEqualTo("The request failed; request id req-7");
        assertThat(context.logged())
                .singleElement(as(InstanceOfAssertFactories.STRING))
                .startsWith("GET /products/{sku} failed, request id req-7: java.lang.NullPointerException");
    }

    @Test
    @DisplayName("a function deployed without TABLE_NAME fails its cold start with the setting to fix")
    void missingConfiguration() {
        assertThat(ProductsApiHandler.tableName(Map.of("TABLE_NAME", "Products")))
                .isEqualTo("Products");
        assertThatThrownBy(() -> ProductsApiHandler.tableName(Map.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(
                        "Set the environment variable TABLE_NAME to the products table in the function's configuration");
    }
}
