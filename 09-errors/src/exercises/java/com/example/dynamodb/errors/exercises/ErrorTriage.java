package com.example.dynamodb.errors.exercises;

/**
 * Exercise 09.1 Error triage (15 minutes): decide what to do with a failed DynamoDB call. Read
 * first: README sections "1. The exception catalogue" and "9. The async client's errors".
 *
 * <p>Given the exception a call ended with (after the SDK's own retries), return:
 *
 * <ul>
 *   <li>{@link Action#RETRY}: transient, worth sending again later with backoff. Every throttling
 *       error (there are three error codes), every 5xx answer (500 and 503), and failures without
 *       an answer: timeouts and I/O errors ({@code SdkClientException} and its subclasses). A
 *       {@code TransactionCanceledException} whose reasons include {@code TransactionConflict} or
 *       a throttling reason is transient too.
 *   <li>{@link Action#FIX_REQUEST}: the request is wrong and will fail the same way every time:
 *       {@code ValidationException} (no class of its own: read the error code), {@code
 *       ResourceNotFoundException}, {@code IdempotentParameterMismatchException}, or a cancelled
 *       transaction with a {@code ValidationError} reason.
 *   <li>{@link Action#GIVE_UP}: the request was fine and the answer is final, e.g. a condition
 *       that is false ({@code ConditionalCheckFailedException}, or a cancelled transaction whose
 *       reasons are only conditions), or anything that is not an SDK exception (a bug).
 * </ul>
 *
 * The async client hands you the same exceptions wrapped in {@code CompletionException}: classify
 * the cause.
 *
 * <p>Hints: {@code AwsServiceException#isThrottlingException()}, {@code statusCode()}, {@code
 * awsErrorDetails().errorCode()}, {@code TransactionCanceledException#cancellationReasons()}.
 *
 * <p>Done when {@code mvn test -pl 09-errors -Pexercises -Dtest=ErrorTriageTest} passes.
 */
public final class ErrorTriage {

    private ErrorTriage() {}

    public enum Action {
        RETRY,
        FIX_REQUEST,
        GIVE_UP
    }

    public static Action classify(Throwable failure) {
        throw new UnsupportedOperationException("Exercise 09.1 Error triage: not solved yet — start in"
                + " src/exercises/java/com/example/dynamodb/errors/exercises/ErrorTriage.java; see README 'Exercises'");
    }
}
