package com.example.dynamodb.crud.exercises;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Exercise 03.2 Stop the lost update (20 minutes). Read first: README sections "4. Conditional
 * writes and optimistic locking" and "5. Concurrency: proof that nothing is lost".
 *
 * <p>An account is an item {@code {accountId: S, balance: N, version: N}}. A deposit reads the
 * account, adds the amount in Java, and writes the new balance back. When two deposits run at the
 * same time, both read the same balance, and the second write silently erases the first: a lost
 * update. Make it safe with optimistic locking:
 *
 * <ol>
 *   <li>{@link #writeBalance}: write {@code newBalance} only if the account's version is still the
 *       one you read ({@code seen.version()}), and increment the version in the same write. When
 *       someone else wrote first, DynamoDB refuses the write with a
 *       {@code ConditionalCheckFailedException}: return {@code false}, having changed nothing.
 *   <li>{@link #deposit}: read, compute, {@code writeBalance}; when it returns false, read again and
 *       retry, at most {@link #MAX_ATTEMPTS} times in all, then throw an
 *       {@code IllegalStateException} (the account is too busy). Return the number of attempts.
 * </ol>
 *
 * {@link #read} is given. Done when {@code mvn test -pl 03-crud -Pexercises -Dtest=SafeDepositTest}
 * passes.
 *
 * <p>Hints: {@code UpdateItem} with {@code updateExpression("SET balance = :b, version = :next")} and
 * {@code conditionExpression("version = :seen")}; every {@code :name} needs its value in
 * {@code expressionAttributeValues}. The condition is checked by the server, atomically with the
 * write: nothing can slip in between. (A server-side {@code ADD balance :amount} would need no read
 * at all; this exercise is about the read-modify-write you cannot always avoid.)
 */
public final class SafeDeposit {

    /** Attempts of {@link #deposit} before it gives up. */
    public static final int MAX_ATTEMPTS = 3;

    private static final String NOT_SOLVED = "Exercise 03.2 Stop the lost update: not solved yet — start in"
            + " src/exercises/java/com/example/dynamodb/crud/exercises/SafeDeposit.java; see README 'Exercises'";

    /** An account as read: its balance, and the version that balance belongs to. */
    public record Account(String accountId, long balance, long version) {}

    private SafeDeposit() {}

    /** Given: reads the account with a strongly consistent read (you want the latest version). */
    public static Account read(DynamoDbClient client, String table, String accountId) {
        Map<String, AttributeValue> item = client.getItem(b -> b.tableName(table)
                        .key(Map.of("accountId", AttributeValue.fromS(accountId)))
                        .consistentRead(true))
                .item();
        if (item.isEmpty()) {
            throw new IllegalArgumentException("No account " + accountId + " in " + table);
        }
        return new Account(
                accountId,
                Long.parseLong(item.get("balance").n()),
                Long.parseLong(item.get("version").n()));
    }

    /** Writes {@code newBalance} and version + 1 only if the version is still {@code seen.version()}. */
    public static boolean writeBalance(DynamoDbClient client, String table, Account seen, long newBalance) {
        throw new UnsupportedOperationException(NOT_SOLVED);
    }

    /** Adds {@code amount} to the balance without losing anyone else's update; returns the attempts. */
    public static int deposit(DynamoDbClient client, String table, String accountId, long amount) {
        throw new UnsupportedOperationException(NOT_SOLVED);
    }
}
