package com.example.dynamodb.errors.exercises;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Exercise 09.2 Idempotent deposit (20 minutes): make a deposit count once, whatever happens to its
 * responses. Read first: README section "5. Idempotency".
 *
 * <p>The table has a string partition key {@code accountId}; an account is an item with a numeric
 * {@code balance}. Add {@code amount} to the balance of {@code accountId} so that:
 *
 * <ul>
 *   <li>when DynamoDB applies the write but its response is lost, and the SDK sends it again, the
 *       amount is added once, and the call returns normally;
 *   <li>when the application calls again with the same {@code requestId} (it did not hear back
 *       either), the amount is still added once;
 *   <li>two calls with different request ids add twice.
 * </ul>
 *
 * A plain {@code ADD balance :amount} counts twice in the first two cases. Hints: keep the request
 * id where a condition can see it, in the same atomic write as the balance; or write a marker item
 * and the update in one {@code TransactWriteItems} with your own {@code ClientRequestToken}. A
 * request id is at most 36 characters.
 *
 * <p>Done when {@code mvn test -pl 09-errors -Pexercises -Dtest=IdempotentDepositTest} passes.
 */
public final class IdempotentDeposit {

    private IdempotentDeposit() {}

    public static void deposit(DynamoDbClient client, String table, String accountId, long amount, String requestId) {
        throw new UnsupportedOperationException("Exercise 09.2 Idempotent deposit: not solved yet — start in"
                + " src/exercises/java/com/example/dynamodb/errors/exercises/IdempotentDeposit.java; see README"
                + " 'Exercises'");
    }
}
