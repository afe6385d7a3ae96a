package com.example.dynamodb.errors;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.core.client.builder.SdkClientBuilder;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;

/**
 * Three clocks bound a call. The HTTP client's read timeout ends one wait on the socket; {@code
 * apiCallAttemptTimeout} ends one attempt (the SDK may retry it); {@code apiCallTimeout} ends the
 * whole call, retries and backoff included, and nothing is retried after it. Without them a call
 * to an overloaded dependency can block a thread for as long as the retries take.
 */
public final class Timeouts {

    private Timeouts() {}

    // tag::client[]
    /**
     * Sets a timeout per attempt and per call on a client builder (sync or async) and keeps what the
     * builder already has, its retry strategy included: set that first, so that its attempts and
     * backoff fit in {@code perCall}. {@code builder.overrideConfiguration(o -> ...)} would start from
     * an empty configuration and drop the caller's retry strategy, metric publishers and interceptors.
     */
    public static <B extends SdkClientBuilder<B, ?>> B addTo(B builder, Duration perAttempt, Duration perCall) {
        return builder.overrideConfiguration(builder.overrideConfiguration().toBuilder()
                .apiCallAttemptTimeout(perAttempt) // one attempt: ApiCallAttemptTimeoutException, retried
                .apiCallTimeout(perCall) // the whole call: ApiCallTimeoutException, never retried
                .build());
    }

    /** The HTTP layer: how long to wait for a connection and for each read from the socket. */
    public static SdkHttpClient.Builder<?> httpClient(Duration connect, Duration read) {
        return Apache5HttpClient.builder()
                .connectionTimeout(connect)
                .socketTimeout(read); // a read that waits longer: SdkClientException(SocketTimeoutException)
    }
    // end::client[]

    // tag::per-request[]
    /** One request with its own deadline, e.g. a user-facing read that must answer within 300 ms. */
    public static Optional<Map<String, AttributeValue>> getWithDeadline(
            DynamoDbClient client, String table, String accountId, Duration deadline) {
        GetItemRequest request = GetItemRequest.builder()
                .tableName(table)
                .key(Map.of("accountId", AttributeValue.fromS(accountId)))
                .overrideConfiguration(o -> o.apiCallTimeout(deadline))
                .build();
        Map<String, AttributeValue> item = client.getItem(request).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(item);
    }
    // end::per-request[]

    static void demo(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("Timeouts: per read, per attempt, per call");
        String table = AccountsTable.create(tables, "Accounts");
        AccountsTable.open(ddb.client(), table, "alice", "alice", 10);
        RetryStrategy retries =
                RetryStrategies.standard(3, Duration.ofMillis(20), Duration.ofMillis(100), Duration.ofSeconds(1));
        try (DynamoDbClient client = ddb.newClient(b -> addTo(
                b.httpClientBuilder(httpClient(Duration.ofSeconds(2), Duration.ofSeconds(5)))
                        .overrideConfiguration(o -> o.retryStrategy(retries)),
                Duration.ofSeconds(1),
                Duration.ofSeconds(3)))) {
            Narrator.step("a client with a 5 s read timeout, 1 s per attempt, 3 s per call");
            Narrator.show(
                    "alice",
                    getWithDeadline(client, table, "alice", Duration.ofMillis(800))
                            .map(Narrator::format)
                            .orElse("(none)"));
        }
        Narrator.say("DynamoDB Local answers at once; the tests put a slow proxy in front of it and");
        Narrator.say("show each timeout firing, and that a write whose call timed out was applied all the same.");
    }

    public static void main(String[] args) {
        Walkthroughs.run(Timeouts::demo);
    }
}
