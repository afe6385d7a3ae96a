package com.example.dynamodb.errors.exercises;

import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.InternalServerErrorException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Exercise 09.1, a plausible wrong solution: it goes by exception classes alone. A 503 has no class
 * (it is a plain DynamoDbException), ThrottlingException and RequestLimitExceeded are missed, a
 * transaction conflict is taken for a final answer, and a CompletionException is not unwrapped.
 */
public final class ErrorTriage {

    private ErrorTriage() {}

    public enum Action {
        RETRY,
        FIX_REQUEST,
        GIVE_UP
    }

    public static Action classify(Throwable failure) {
        if (failure instanceof ProvisionedThroughputExceededException
                || failure instanceof InternalServerErrorException) {
            return Action.RETRY;
        }
        if (failure instanceof ConditionalCheckFailedException || failure instanceof TransactionCanceledException) {
            return Action.GIVE_UP;
        }
        if (failure instanceof DynamoDbException) {
            return Action.FIX_REQUEST;
        }
        return Action.RETRY;
    }
}
