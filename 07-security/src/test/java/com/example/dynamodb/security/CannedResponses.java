package com.example.dynamodb.security;

import java.lang.reflect.Proxy;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A {@link DynamoDbClient} for the calls DynamoDB Local cannot answer the way AWS does (a table's KMS
 * key, resource policies): each call gets the next canned response of the type its operation returns,
 * and any other call fails. Wrap it in support's {@code RecordingClient} to verify the exact requests.
 * Not a Mockito mock: loading Mockito cost this module's test JVM about 2 s of CPU (measured), for
 * three tests.
 */
final class CannedResponses {

    private CannedResponses() {}

    static DynamoDbClient client(SdkResponse... responses) {
        Deque<SdkResponse> queue = new ArrayDeque<>(List.of(responses));
        return (DynamoDbClient) Proxy.newProxyInstance(
                DynamoDbClient.class.getClassLoader(), new Class<?>[] {DynamoDbClient.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "serviceName":
                            return DynamoDbClient.SERVICE_NAME;
                        case "close":
                            return null;
                        case "toString":
                            return "CannedResponses" + queue;
                        case "hashCode":
                            return System.identityHashCode(proxy);
                        case "equals":
                            return proxy == args[0];
                        default:
                            break;
                    }
                    for (SdkResponse response : queue) {
                        if (method.getReturnType().isInstance(response)) {
                            queue.remove(response);
                            return response;
                        }
                    }
                    throw new UnsupportedOperationException(method.getName() + ": no canned response left");
                });
    }
}
