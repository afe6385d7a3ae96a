package com.example.dynamodb.errors;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.http.nio.netty.SdkEventLoopGroup;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/**
 * The async client fails the same way, one level down: its futures complete exceptionally with a
 * {@code CompletionException} whose cause is the exception the sync client would have thrown
 * ({@code join()} throws that wrapper, {@code get()} an {@code ExecutionException}, and {@code
 * handle}/{@code exceptionally}/{@code whenComplete} receive the {@code CompletionException}).
 * Unwrap it, then handle the cause exactly as in {@link ErrorHandling}. Retries happen inside the
 * SDK before the future completes, as with the sync client.
 */
public final class AsyncErrors {

    private AsyncErrors() {}

    // tag::async[]
    /** The SDK's exception inside the wrappers that futures add. */
    public static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    /** The same checks as the sync deposit; every failure arrives through the future. */
    public static CompletableFuture<DepositOutcome> deposit(
            DynamoDbAsyncClient client, String table, String accountId, long amount) {
        if (amount <= 0) {
            return CompletableFuture.failedFuture(
                    new IllegalArgumentException("A deposit must be positive, got " + amount));
        }
        return client.updateItem(b -> b.tableName(table)
                        .key(Map.of("accountId", AttributeValue.fromS(accountId)))
                        .updateExpression("ADD balance :amount")
                        .conditionExpression("attribute_exists(accountId)")
                        .expressionAttributeValues(Map.of(":amount", AttributeValue.fromN(Long.toString(amount)))))
                .handle((response, failure) -> {
                    if (failure == null) {
                        return DepositOutcome.DEPOSITED;
                    }
                    Throwable cause = unwrap(failure); // a CompletionException here, never the cause itself
                    if (cause instanceof ConditionalCheckFailedException) {
                        return DepositOutcome.ACCOUNT_CLOSED; // a business answer: never retry it as is
                    } else if (cause instanceof DynamoDbException e && e.isThrottlingException()) {
                        // ProvisionedThroughputExceeded, ThrottlingException, RequestLimitExceeded: still
                        // throttled after the SDK's retries
                        return DepositOutcome.THROTTLED;
                    } else if (cause instanceof DynamoDbException e
                            && "ValidationException".equals(e.awsErrorDetails().errorCode())) {
                        throw new IllegalArgumentException(
                                "DynamoDB refused the deposit: "
                                        + e.awsErrorDetails().errorMessage(),
                                e);
                    }
                    // Other service errors keep their request id; an SdkClientException means no answer.
                    throw failure instanceof CompletionException c ? c : new CompletionException(cause);
                });
    }
    // end::async[]

    static void demo(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("The async client: the same errors, wrapped in CompletionException");
        String table = AccountsTable.create(tables, "Accounts");
        AccountsTable.open(ddb.client(), table, "alice", "alice", 10);
        // An application shares one Netty event loop between its async clients; closing a client that
        // owns its loop waits out Netty's two-second quiet period (measured: 2 s per client).
        SdkEventLoopGroup loop = SdkEventLoopGroup.builder().numberOfThreads(1).build();
        try (DynamoDbAsyncClient client = ddb.newAsyncClient(
                b -> b.httpClientBuilder(NettyNioAsyncHttpClient.builder().eventLoopGroup(loop)))) {
            Narrator.show("deposit to alice", deposit(client, table, "alice", 5).join());
            Narrator.show(
                    "deposit to a closed account",
                    deposit(client, table, "carol", 5).join());
            try {
                client.getItem(b ->
                                b.tableName(table + "-typo").key(Map.of(AccountsTable.PK, AttributeValue.fromS("a"))))
                        .join();
            } catch (CompletionException e) {
                Narrator.show(
                        "join() on a missing table throws",
                        e.getClass().getSimpleName() + " caused by "
                                + unwrap(e).getClass().getSimpleName());
            }
        } finally {
            loop.eventLoopGroup().shutdownGracefully(0, 0, TimeUnit.SECONDS);
        }
    }

    public static void main(String[] args) {
        Walkthroughs.run(AsyncErrors::demo);
    }
}
