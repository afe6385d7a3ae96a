package com.example.dynamodb.errors;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * A race, not a DynamoDB fault: two workers read the same balance, each adds to what it read and
 * writes the result back; the second write silently replaces the first. "The data is inconsistent"
 * reports often come down to this. A condition on the value that was read turns the silent loss
 * into a {@code ConditionalCheckFailedException}, and the loser re-reads and tries again.
 */
public final class LostUpdate {

    private LostUpdate() {}

    // tag::blind[]
    /** Writes {@code seen + amount} whatever the balance is now: the race loses updates. */
    public static void writeBlindly(DynamoDbClient client, String table, String accountId, long seen, long amount) {
        client.updateItem(b -> b.tableName(table)
                .key(Map.of("accountId", AttributeValue.fromS(accountId)))
                .updateExpression("SET balance = :new")
                .expressionAttributeValues(Map.of(":new", AttributeValue.fromN(Long.toString(seen + amount)))));
    }
    // end::blind[]

    // tag::guarded[]
    /** Writes {@code seen + amount} only if the balance is still {@code seen}; false if it moved. */
    public static boolean writeIfUnchanged(
            DynamoDbClient client, String table, String accountId, long seen, long amount) {
        try {
            client.updateItem(b -> b.tableName(table)
                    .key(Map.of("accountId", AttributeValue.fromS(accountId)))
                    .updateExpression("SET balance = :new")
                    .conditionExpression("balance = :seen")
                    .expressionAttributeValues(Map.of(
                            ":new", AttributeValue.fromN(Long.toString(seen + amount)),
                            ":seen", AttributeValue.fromN(Long.toString(seen)))));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false; // someone wrote in between: re-read and try again
        }
    }

    /** Read, add, write if unchanged; re-read on conflict. Returns how many writes were refused. */
    public static int addWithRetry(DynamoDbClient client, String table, String accountId, long amount) {
        for (int refused = 0; refused < 10; refused++) {
            Map<String, AttributeValue> account = client.getItem(b -> b.tableName(table)
                            .key(Map.of("accountId", AttributeValue.fromS(accountId)))
                            .consistentRead(true)) // the latest value, not a possibly older copy
                    .item();
            if (account == null || !account.containsKey("balance")) {
                throw new IllegalArgumentException("No account " + accountId + " with a balance in " + table);
            }
            long seen = Long.parseLong(account.get("balance").n());
            if (writeIfUnchanged(client, table, accountId, seen, amount)) {
                return refused;
            }
        }
        throw new IllegalStateException("Balance of " + accountId + " kept changing: 10 writes refused");
    }
    // end::guarded[]

    static void demo(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("Investigating inconsistencies: the lost update");
        DynamoDbClient client = ddb.client();
        String table = AccountsTable.create(tables, "Accounts");
        AccountsTable.open(client, table, "alice", "alice", 100);
        Narrator.step("workers A and B both read 100; A adds 10, then B adds 20, blindly");
        writeBlindly(client, table, "alice", 100, 10);
        writeBlindly(client, table, "alice", 100, 20);
        Narrator.show("balance (130 expected)", AccountsTable.balance(client, table, "alice"));
        AccountsTable.open(client, table, "bob", "bob", 100);
        Narrator.step("the same with a condition on the balance each worker read");
        Narrator.show("A writes", writeIfUnchanged(client, table, "bob", 100, 10));
        Narrator.show("B writes", writeIfUnchanged(client, table, "bob", 100, 20));
        Narrator.show("B re-reads and retries; writes refused on the way", addWithRetry(client, table, "bob", 20));
        Narrator.show("balance", AccountsTable.balance(client, table, "bob"));
    }

    public static void main(String[] args) {
        Walkthroughs.run(LostUpdate::demo);
    }
}
