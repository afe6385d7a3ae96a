package com.example.dynamodb.errors.exercises;

import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.IdempotentParameterMismatchException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/** Exercise 09.1, reference solution. */
public final class ErrorTriage {

    private ErrorTriage() {}

    public enum Action {
        RETRY,
        FIX_REQUEST,
        GIVE_UP
    }

    public static Action classify(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof SdkClientException) {
            return Action.RETRY; // no answer: timeout, connection reset
        }
        if (!(cause instanceof AwsServiceException e)) {
            return Action.GIVE_UP; // not DynamoDB's answer: a bug to fix, not to retry
        }
        if (e.isThrottlingException() || e.statusCode() >= 500) {
            return Action.RETRY;
        }
        if (e instanceof TransactionCanceledException cancelled) {
            List<String> codes = cancelled.cancellationReasons().stream()
                    .map(CancellationReason::code)
                    .toList();
            if (codes.contains("ValidationError")) {
                return Action.FIX_REQUEST;
            }
            if (codes.contains("TransactionConflict")
                    || codes.contains("ThrottlingError")
                    || codes.contains("ProvisionedThroughputExceeded")) {
                return Action.RETRY;
            }
            return Action.GIVE_UP;
        }
        String code = e.awsErrorDetails() == null ? "" : e.awsErrorDetails().errorCode();
        if ("ValidationException".equals(code)
                || e instanceof ResourceNotFoundException
                || e instanceof IdempotentParameterMismatchException) {
            return Action.FIX_REQUEST;
        }
        return Action.GIVE_UP;
    }
}
