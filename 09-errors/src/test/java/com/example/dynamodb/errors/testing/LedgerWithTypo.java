package com.example.dynamodb.errors.testing;

import com.example.dynamodb.errors.testing.Ledger.Entry;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * TEST CODE: {@link Ledger#entriesSince} as it was first written, with one bug: its key condition
 * names {@code accountID}, and the table's partition key is {@code accountId} (attribute names are
 * case-sensitive). Everything else is the same. The tests run the same checks on both versions: the
 * test with a scripted client passes on this one too; the test on DynamoDB Local does not.
 */
final class LedgerWithTypo {

    private LedgerWithTypo() {}

    static List<Entry> entriesSince(DynamoDbClient client, String table, String accountId, Instant since) {
        QueryRequest request = QueryRequest.builder()
                .tableName(table)
                .keyConditionExpression("accountID = :account AND postedAt >= :since") // the bug: accountID
                .expressionAttributeValues(Map.of(
                        ":account", AttributeValue.fromS(accountId),
                        ":since", AttributeValue.fromN(Long.toString(since.toEpochMilli()))))
                .consistentRead(true)
                .build();
        return client.queryPaginator(request).items().stream()
                .map(Ledger::entry)
                .toList();
    }
}
