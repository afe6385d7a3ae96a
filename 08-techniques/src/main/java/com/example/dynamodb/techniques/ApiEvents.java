package com.example.dynamodb.techniques;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * API Gateway proxy events as API Gateway builds them: the resource template ({@code /products/{sku}}),
 * the path parameters, the query string and the body. The tests and the walkthrough invoke the
 * handler with these, exactly as Lambda would.
 */
public final class ApiEvents {

    private ApiEvents() {}

    public static APIGatewayProxyRequestEvent request(String method, String path, String body) {
        APIGatewayProxyRequestEvent event = new APIGatewayProxyRequestEvent()
                .withHttpMethod(method)
                .withPath(path)
                .withBody(body);
        String[] parts = path.split("\\?", 2);
        String[] segments = parts[0].split("/");
        if (segments.length == 3) { // /products/{sku}
            event.withResource("/" + segments[1] + "/{sku}").withPathParameters(Map.of("sku", segments[2]));
        } else {
            event.withResource(parts[0]);
        }
        if (parts.length == 2) {
            Map<String, String> query = new LinkedHashMap<>();
            for (String pair : parts[1].split("&")) {
                String[] kv = pair.split("=", 2);
                query.put(kv[0], kv.length == 2 ? kv[1] : "");
            }
            event.withQueryStringParameters(query);
        }
        return event;
    }

    static void demo(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("Lambda: an API Gateway -> Lambda -> DynamoDB handler");
        String table = tables.reserve("Products");
        tables.createAndWait(ProductStore.definition(table));
        ProductsApiHandler handler = new ProductsApiHandler(ddb.client(), table);
        String[][] calls = {
            {"POST", "/products", "{\"sku\": \"PEN-1\", \"name\": \"Fountain pen\", \"price\": 24.5}"},
            {"POST", "/products", "{\"sku\": \"PEN-1\", \"name\": \"Another pen\", \"price\": 3}"},
            {"POST", "/products", "{\"sku\": \"INK-1\", \"name\": \"Blue ink\"}"},
            {"POST", "/products", "{\"sku\": \"INK-1\", \"name\": \"Blue ink\", \"price\": 4.2"},
            {"POST", "/products", "{\"sku\": \"INK-1\", \"name\": \"Blue ink\", \"price\": 4.2}"},
            {"PUT", "/products/INK-1", "{\"name\": \"Blue ink, 50 ml\", \"price\": 4.9}"},
            {"GET", "/products?limit=1", null},
            {"DELETE", "/products/PEN-1", null},
            {"GET", "/products/PEN-1", null},
        };
        for (String[] call : calls) {
            APIGatewayProxyResponseEvent response = handler.handleRequest(request(call[0], call[1], call[2]), null);
            Narrator.step(call[0] + " " + call[1] + (call[2] == null ? "" : " " + call[2]));
            Narrator.say(response.getStatusCode() + " " + (response.getBody() == null ? "" : response.getBody()));
        }
    }
}
