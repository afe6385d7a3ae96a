package com.example.dynamodb.techniques;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.util.Map;

/**
 * The products API invoked as Lambda invokes it: an API Gateway proxy event (method, resource
 * template, path parameters, query string, body) and a context, against a table of this backend.
 */
public final class ProductsApiDemo {

    private ProductsApiDemo() {}

    static void demo(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("Lambda: an API Gateway -> Lambda -> DynamoDB handler");
        String table = tables.reserve("Products");
        tables.createAndWait(ProductStore.definition(table));
        ProductsApiHandler handler = new ProductsApiHandler(ddb.client(), table);
        String ink = "{\"sku\": \"INK-1\", \"name\": \"Blue ink\", \"price\": 4.2";
        call(handler, "POST", null, null, "{\"sku\": \"PEN-1\", \"name\": \"Fountain pen\", \"price\": 24.5}");
        call(handler, "POST", null, null, "{\"sku\": \"PEN-1\", \"name\": \"Another pen\", \"price\": 3}");
        call(handler, "POST", null, null, "{\"sku\": \"INK-1\", \"name\": \"Blue ink\"}");
        call(handler, "POST", null, null, ink); // the closing brace is missing
        call(handler, "POST", null, null, ink + "}");
        call(handler, "PUT", "INK-1", null, "{\"name\": \"Blue ink, 50 ml\", \"price\": 4.9}");
        call(handler, "GET", null, "1", null);
        call(handler, "DELETE", "PEN-1", null, null);
        call(handler, "GET", "PEN-1", null, null);
    }

    /** Sends the event API Gateway builds for /products[?limit=] or /products/{sku}; narrates the answer. */
    private static void call(ProductsApiHandler handler, String method, String sku, String limit, String body) {
        APIGatewayProxyRequestEvent event = new APIGatewayProxyRequestEvent()
                .withHttpMethod(method)
                .withResource(sku == null ? "/products" : "/products/{sku}")
                .withPathParameters(sku == null ? null : Map.of("sku", sku))
                .withQueryStringParameters(limit == null ? null : Map.of("limit", limit))
                .withBody(body);
        APIGatewayProxyResponseEvent response = handler.handleRequest(event, new LocalContext("demo"));
        String path = sku == null ? "/products" + (limit == null ? "" : "?limit=" + limit) : "/products/" + sku;
        Narrator.step(method + " " + path + (body == null ? "" : " " + body));
        Narrator.say(response.getStatusCode() + " " + (response.getBody() == null ? "" : response.getBody()));
    }

    public static void main(String[] args) {
        Walkthroughs.run(ProductsApiDemo::demo);
    }
}
