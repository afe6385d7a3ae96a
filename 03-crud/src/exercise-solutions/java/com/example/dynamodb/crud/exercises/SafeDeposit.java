package com.example.dynamodb.crud.exercises;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/** Reference solution of exercise 03.2 Stop the lost update. */
public final class SafeDeposit {

    /** Attempts of {@link #deposit} before it gives up. */
    public static final int MAX_ATTEMPTS = 3;

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
        try {
            client.updateItem(b -> b.tableName(table)
                    .key(Map.of("accountId", AttributeValue.fromS(seen.accountId())))
                    .updateExpression("SET balance = :b, version = :next")
                    // Checked by the server, atomically with the write.
                    .conditionExpression("version = :seen")
                    .expressionAttributeValues(Map.of(
                            ":b", AttributeValue.fromN(Long.toString(newBalance)),
                            ":seen", AttributeValue.fromN(Long.toString(seen.version())),
                            ":next", AttributeValue.fromN(Long.toString(seen.version() + 1)))));
            return true;
        } catch (ConditionalCheckFailedException someoneWroteFirst) {
            return false; // nothing was written: what we read is stale
        }
    }

    /** Adds {@code amount} to the balance without losing anyone else's update; returns the attempts. */
    public static int deposit(DynamoDbClient client, String table, String accountId, long amount) {
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            Account seen = read(client, table, accountId); // read again on every attempt
            if (writeBalance(client, table, seen, seen.balance() + amount)) {
                return attempt;
            }
        }
        throw new IllegalStateException(
                "Account " + accountId + " changed under every one of " + MAX_ATTEMPTS + " attempts; try again later");
    }
}
