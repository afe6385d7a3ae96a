package com.example.dynamodb.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A {@link DynamoDbClient} that hands every request to another client and remembers it, with its
 * response, in order. For tests that check how code talks to DynamoDB (a key condition rather than
 * a filter, the {@code Limit} it asks for, {@code ScannedCount} against {@code Count}, how many
 * calls a loop made) on any backend, the embedded one included, which has no SDK pipeline for an
 * interceptor. It can also run an action just before each request goes out, for instance another
 * writer's update.
 *
 * <pre>{@code
 * RecordingClient recorder = RecordingClient.of(client);
 * var items = MyQueries.shippedInMarch(recorder.client(), table);
 * assertThat(recorder.requests(QueryRequest.class)).allSatisfy(q -> assertThat(q.filterExpression()).isNull());
 * }</pre>
 *
 * The {@code Consumer<Builder>} overloads and the paginators are routed through the request form,
 * so each request is recorded once, however the code sent it. Waiters use the wrapped client.
 */
public final class RecordingClient {

    /** One request and what came back: {@code response} is null when the request failed. */
    public record Call(SdkRequest request, SdkResponse response) {}

    private final DynamoDbClient delegate;
    private final DynamoDbClient proxy;
    private final List<Call> calls = new ArrayList<>();
    private volatile Consumer<SdkRequest> beforeEach = request -> {};

    private RecordingClient(DynamoDbClient delegate) {
        this.delegate = delegate;
        this.proxy = (DynamoDbClient) Proxy.newProxyInstance(
                DynamoDbClient.class.getClassLoader(), new Class<?>[] {DynamoDbClient.class}, this::invoke);
    }

    /** Wraps {@code delegate}; the caller still owns (and closes) it. */
    public static RecordingClient of(DynamoDbClient delegate) {
        return new RecordingClient(delegate);
    }

    /** The client to hand to the code under test. */
    public DynamoDbClient client() {
        return proxy;
    }

    /** Runs {@code action} before each request is sent (it may send requests of its own to the wrapped client). */
    public RecordingClient beforeEachRequest(Consumer<SdkRequest> action) {
        this.beforeEach = action;
        return this;
    }

    /** Every call so far, in order. */
    public List<Call> calls() {
        synchronized (calls) {
            return List.copyOf(calls);
        }
    }

    /** The requests of one kind, e.g. {@code QueryRequest.class}, in order. */
    public <T extends SdkRequest> List<T> requests(Class<T> type) {
        return calls().stream()
                .map(Call::request)
                .filter(type::isInstance)
                .map(type::cast)
                .toList();
    }

    /** The responses of one kind, e.g. {@code QueryResponse.class}, in order (failed calls have none). */
    public <T extends SdkResponse> List<T> responses(Class<T> type) {
        return calls().stream()
                .map(Call::response)
                .filter(type::isInstance)
                .map(type::cast)
                .toList();
    }

    private Object invoke(Object self, Method method, Object[] args) throws Throwable {
        boolean oneRequest = args != null && args.length == 1 && args[0] instanceof SdkRequest;
        boolean consumerForm = args != null && args.length == 1 && args[0] instanceof Consumer;
        boolean noArgumentOperation =
                (args == null || args.length == 0) && SdkResponse.class.isAssignableFrom(method.getReturnType());
        if (method.isDefault()
                && (consumerForm || noArgumentOperation || method.getName().endsWith("Paginator"))) {
            // These build the request and call the request form on this proxy, which records it.
            return InvocationHandler.invokeDefault(self, method, args);
        }
        if (oneRequest) {
            beforeEach.accept((SdkRequest) args[0]);
        }
        try {
            Object result = method.invoke(delegate, args);
            record(oneRequest, args, result);
            return result;
        } catch (InvocationTargetException e) {
            record(oneRequest, args, null);
            throw e.getCause();
        }
    }

    private void record(boolean oneRequest, Object[] args, Object result) {
        if (oneRequest) {
            synchronized (calls) {
                calls.add(new Call((SdkRequest) args[0], result instanceof SdkResponse r ? r : null));
            }
        }
    }
}
