package com.example.dynamodb.techniques;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * API Gateway proxy events as API Gateway builds them: the resource template ({@code /products/{sku}}),
 * the path parameters, the query string and the body, from a method and a path such as
 * {@code /products?limit=3}. The tests invoke the handler with these, exactly as Lambda would.
 */
final class ApiEvents {

    private ApiEvents() {}

    static APIGatewayProxyRequestEvent request(String method, String path, String body) {
        APIGatewayProxyRequestEvent event = new APIGatewayProxyRequestEvent()
                .withHttpMethod(method)
                .withPath(path.split("\\?")[0])
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
}
