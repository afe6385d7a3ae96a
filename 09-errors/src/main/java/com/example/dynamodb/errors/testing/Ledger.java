package com.example.dynamodb.errors.testing;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

// tag::ledger[]
/**
 * An account's ledger: entries keyed by account ({@code accountId}) and the instant they were posted
 * ({@code postedAt}, epoch milliseconds). The repository that section 10 tests in four ways: with a
 * fake client, on DynamoDB Local inside the test JVM, in a container, and with faults injected into
 * its HTTP client. Small on purpose: each method does one thing DynamoDB can get wrong for you.
 */
public final class Ledger {

    /** One entry, identified by its account and the instant it was posted (kept to the millisecond). */
    public record Entry(String accountId, Instant postedAt, long amount) {
        public Entry {
            if (accountId == null || accountId.isBlank()) {
                throw new IllegalArgumentException("An entry needs an account id, got '" + accountId + "'");
            }
            if (postedAt == null) {
                throw new IllegalArgumentException("An entry needs the instant it was posted");
            }
            postedAt = postedAt.truncatedTo(ChronoUnit.MILLIS); // what the table keeps
        }
    }

    /** What {@link #record} did. */
    public enum Recorded {
        RECORDED,
        /** The same account and instant were recorded before (a retry, a redelivered message): nothing changed. */
        ALREADY_RECORDED
    }

    private final DynamoDbClient client;
    private final String table;

    public Ledger(DynamoDbClient client, String table) {
        this.client = client;
        this.table = table;
    }

    /** The table this repository reads and writes. */
    public String table() {
        return table;
    }

    /** The table this repository needs; tests create theirs from this very definition. */
    public static CreateTableRequest definition(String tableName) {
        return CreateTableRequest.builder()
                .tableName(tableName)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                        AttributeDefinition.builder()
                                .attributeName("accountId")
                                .attributeType(ScalarAttributeType.S)
                                .build(),
                        AttributeDefinition.builder()
                                .attributeName("postedAt")
                                .attributeType(ScalarAttributeType.N)
                                .build())
                .keySchema(
                        KeySchemaElement.builder()
                                .attributeName("accountId")
                                .keyType(KeyType.HASH)
                                .build(),
                        KeySchemaElement.builder()
                                .attributeName("postedAt")
                                .keyType(KeyType.RANGE)
                                .build())
                .build();
    }

    /** Records an entry once: recording the same account and instant again changes nothing. */
    public Recorded record(Entry entry) {
        try {
            client.putItem(b -> b.tableName(table)
                    .item(Map.of(
                            "accountId", AttributeValue.fromS(entry.accountId()),
                            "postedAt",
                                    AttributeValue.fromN(
                                            Long.toString(entry.postedAt().toEpochMilli())),
                            "amount", AttributeValue.fromN(Long.toString(entry.amount()))))
                    .conditionExpression("attribute_not_exists(accountId)"));
            return Recorded.RECORDED;
        } catch (ConditionalCheckFailedException e) {
            // An item with this key exists: this entry is in already. A business answer, not a failure.
            return Recorded.ALREADY_RECORDED;
        }
    }

    /** The account's entries posted at or after {@code since}, oldest first: every page, not the first. */
    public List<Entry> entriesSince(String accountId, Instant since) {
        QueryRequest request = QueryRequest.builder()
                .tableName(table)
                .keyConditionExpression("accountId = :account AND postedAt >= :since")
                .expressionAttributeValues(Map.of(
                        ":account", AttributeValue.fromS(accountId),
                        ":since", AttributeValue.fromN(Long.toString(since.toEpochMilli()))))
                .consistentRead(true) // the account holder sees the entry they have just posted
                .build();
        return client.queryPaginator(request).items().stream()
                .map(Ledger::entry)
                .toList();
    }

    /** An item of the table as an {@link Entry}. */
    public static Entry entry(Map<String, AttributeValue> item) {
        return new Entry(
                item.get("accountId").s(),
                Instant.ofEpochMilli(Long.parseLong(item.get("postedAt").n())),
                Long.parseLong(item.get("amount").n()));
    }
}
// end::ledger[]
