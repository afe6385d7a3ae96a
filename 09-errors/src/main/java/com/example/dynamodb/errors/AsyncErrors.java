package com.example.dynamodb.errors;

import com.example.dynamodb.errors.ErrorHandling.Outcome;
import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;

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

    // tag::unwrap[]
    /** The SDK's exception inside the wrappers that futures add. */
    public static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
    // end::unwrap[]

    // tag::deposit[]
    public static CompletableFuture<Outcome> deposit(
            DynamoDbAsyncClient client, String table, String accountId, long amount) {
        return client.updateItem(b -> b.tableName(table)
                        .key(Map.of("accountId", AttributeValue.fromS(accountId)))
                        .updateExpression("ADD balance :amount")
                        .conditionExpression("attribute_exists(accountId)")
                        .expressionAttributeValues(Map.of(":amount", AttributeValue.fromN(Long.toString(amount)))))
                .handle((response, failure) -> {
                    if (failure == null) {
                        return Outcome.DEPOSITED;
                    }
                    Throwable cause = unwrap(failure); // a CompletionException here, never the cause itself
                    if (cause instanceof ConditionalCheckFailedException) {
                        return Outcome.ACCOUNT_CLOSED;
                    } else if (cause instanceof ProvisionedThroughputExceededException) {
                        return Outcome.THROTTLED;
                    } else if (cause instanceof DynamoDbException e
                            && "ValidationException".equals(e.awsErrorDetails().errorCode())) {
                        throw new IllegalArgumentException(
                                "DynamoDB refused the deposit: "
                                        + e.awsErrorDetails().errorMessage(),
                                e);
                    }
                    throw failure instanceof CompletionException c ? c : new CompletionException(cause);
                });
    }
    // end::deposit[]

    static void demo(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("The async client: the same errors, wrapped in CompletionException");
        String table = AccountsTable.create(tables, "Accounts");
        AccountsTable.open(ddb.client(), table, "alice", "alice", 10);
        try (DynamoDbAsyncClient client = ddb.newAsyncClient(b -> {})) {
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
        }
    }

    public static void main(String[] args) {
        Walkthroughs.run(AsyncErrors::demo);
    }
}
