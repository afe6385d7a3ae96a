package com.example.dynamodb.techniques;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.exception.SdkServiceException;

// tag::failures[]
/**
 * What the products API answers: JSON bodies, and for every failure a status and a sentence. An
 * exception that escaped the handler would reach API Gateway as a function error, which it turns
 * into a bare 502 "Internal server error"; here each one becomes an answer the caller can act on.
 */
public final class ApiResponses {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ApiResponses() {}

    /**
     * DynamoDB throttled the request or did not answer in time (after the client's own retries): 503
     * with {@code Retry-After}, since the same request may well succeed a second later. Anything else
     * (a missing table, denied access, no connection, a bug): 500. Both name the request id, and the
     * details go to the function's log (CloudWatch Logs), not to the caller.
     */
    public static APIGatewayProxyResponseEvent failure(RuntimeException e, String route, Context context) {
        String requestId = context.getAwsRequestId();
        context.getLogger().log(route + " failed, request id " + requestId + ": " + e);
        if (e instanceof SdkServiceException service && service.isThrottlingException()) {
            return error(503, "The products table is busy; retry in a second (request id " + requestId + ")")
                    .withHeaders(Map.of("Content-Type", "application/json", "Retry-After", "1"));
        }
        if (e instanceof ApiCallTimeoutException || e instanceof ApiCallAttemptTimeoutException) {
            // A write may have been applied even so: DynamoDB did the work, the answer was late.
            return error(
                            503,
                            "The products table did not answer in time; a change may have been made:"
                                    + " read it before you retry (request id " + requestId + ")")
                    .withHeaders(Map.of("Content-Type", "application/json", "Retry-After", "1"));
        }
        return error(
                500,
                (e instanceof SdkException ? "The products table could not process the request" : "The request failed")
                        + "; request id " + requestId);
    }

    public static APIGatewayProxyResponseEvent error(int status, String message) {
        return json(status, Map.of("error", message));
    }

    public static APIGatewayProxyResponseEvent json(int status, Object body) {
        try {
            return new APIGatewayProxyResponseEvent()
                    .withStatusCode(status)
                    .withHeaders(Map.of("Content-Type", "application/json"))
                    .withBody(JSON.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write the response as JSON", e);
        }
    }
}
// end::failures[]
