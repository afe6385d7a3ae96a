package com.example.dynamodb.errors.testing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

// tag::scripted[]
/**
 * A hand-written test double for unit tests of a repository: it records every PutItem and Query it
 * receives and answers each with the next response or exception the test scripted. Every other
 * operation keeps the SDK interface's default, which throws {@code UnsupportedOperationException},
 * so a repository that sends something unexpected fails loudly. Paginators and the
 * {@code Consumer<Builder>} overloads are default methods that call these two, so they work too.
 *
 * <p>It knows nothing of the table behind it: a key condition naming an attribute the table does
 * not have gets the scripted answer all the same. Test that on an engine. One test at a time.
 */
public final class ScriptedDynamoDbClient implements DynamoDbClient {

    private final Deque<Object> answers = new ArrayDeque<>();
    private final List<DynamoDbRequest> requests = new ArrayList<>();

    /** Queues the answers to the next calls, in order: a response to return or an exception to throw. */
    public ScriptedDynamoDbClient answer(Object... next) {
        for (Object answer : next) {
            answers.add(Objects.requireNonNull(answer, "an answer"));
        }
        return this;
    }

    /** Every request received, in order. */
    public List<DynamoDbRequest> requests() {
        return List.copyOf(requests);
    }

    @Override
    public PutItemResponse putItem(PutItemRequest request) {
        return next(request, PutItemResponse.class);
    }

    @Override
    public QueryResponse query(QueryRequest request) {
        return next(request, QueryResponse.class);
    }

    private <T> T next(DynamoDbRequest request, Class<T> type) {
        requests.add(request);
        Object answer = answers.poll();
        if (answer instanceof RuntimeException failure) {
            throw failure;
        }
        if (!type.isInstance(answer)) {
            throw new AssertionError((answer == null ? "Nothing was scripted" : "The test scripted " + answer)
                    + " where a " + type.getSimpleName() + " answers this request: " + request);
        }
        return type.cast(answer);
    }

    @Override
    public String serviceName() {
        return SERVICE_NAME;
    }

    @Override
    public void close() {}
}
// end::scripted[]
