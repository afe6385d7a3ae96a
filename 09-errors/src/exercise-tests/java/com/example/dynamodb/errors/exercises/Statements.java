package com.example.dynamodb.errors.exercises;

import com.example.dynamodb.errors.testing.Ledger;
import com.example.dynamodb.support.Tables;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * The repository exercise 09.4 tests: an account's statement, on a table keyed by {@code accountId}
 * (string) and {@code postedAt} (number: epoch milliseconds). One correct version, and the versions
 * that shipped with a bug; each passed its unit tests with a scripted client.
 */
public final class Statements {

    private Statements() {}

    /** What your check tests. */
    public interface Statement {

        /** Posts an amount to an account at an instant (one entry per account and millisecond). */
        void post(String accountId, Instant at, long amount);

        /** The amounts posted to the account from {@code from} (included) to {@code to} (excluded), oldest first. */
        List<Long> amounts(String accountId, Instant from, Instant to);
    }

    /** Which version: correct, or with one bug. */
    enum Flaw {
        NONE("is correct"),
        KEY_NAME_TYPO("names accountID, not accountId, in its key condition"),
        INCLUDES_END("includes an entry posted exactly at 'to'"),
        NEWEST_FIRST("returns the newest entry first");

        private final String description;

        Flaw(String description) {
            this.description = description;
        }

        @Override
        public String toString() {
            return description;
        }
    }

    /** A statement of the given version on a new, empty table of its own. */
    static Statement on(DynamoDbClient client, Tables tables, Flaw flaw) {
        String table = tables.reserve("Statements");
        tables.createAndWait(Ledger.definition(table)); // the same key schema as section 10's Ledger
        return new Statement() {
            @Override
            public void post(String accountId, Instant at, long amount) {
                client.putItem(b -> b.tableName(table)
                        .item(Map.of(
                                "accountId", AttributeValue.fromS(accountId),
                                "postedAt", AttributeValue.fromN(Long.toString(at.toEpochMilli())),
                                "amount", AttributeValue.fromN(Long.toString(amount)))));
            }

            @Override
            public List<Long> amounts(String accountId, Instant from, Instant to) {
                // BETWEEN includes both ends: the last millisecond before 'to' is the upper bound.
                long last = flaw == Flaw.INCLUDES_END ? to.toEpochMilli() : to.toEpochMilli() - 1;
                QueryRequest request = QueryRequest.builder()
                        .tableName(table)
                        .keyConditionExpression((flaw == Flaw.KEY_NAME_TYPO ? "accountID" : "accountId")
                                + " = :account AND postedAt BETWEEN :from AND :last")
                        .expressionAttributeValues(Map.of(
                                ":account", AttributeValue.fromS(accountId),
                                ":from", AttributeValue.fromN(Long.toString(from.toEpochMilli())),
                                ":last", AttributeValue.fromN(Long.toString(last))))
                        .scanIndexForward(flaw != Flaw.NEWEST_FIRST)
                        .consistentRead(true)
                        .build();
                return client.queryPaginator(request).items().stream()
                        .map(item -> Long.parseLong(item.get("amount").n()))
                        .toList();
            }
        };
    }
}
