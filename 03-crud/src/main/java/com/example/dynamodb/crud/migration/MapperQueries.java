package com.example.dynamodb.crud.migration;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * DynamoDBMapper's reads in v2: a {@code DynamoDBQueryExpression} on an index, {@code count()},
 * and what replaces the cached {@code PaginatedQueryList}.
 */
public final class MapperQueries {

    private MapperQueries() {}

    // tag::query[]
    /** Active users of a tier who signed up at {@code from} or later, from the ByTier index. */
    public static List<MigratedUser> activeSince(DynamoDbTable<MigratedUser> users, Tier tier, Instant from) {
        // Build key and filter values with the attribute's own converter: a sort key compares
        // strings (one width, or the order is wrong), and N "1" never equals BOOL true.
        AttributeValue since = new MillisInstantConverter().transformFrom(from);
        Expression activeOnly = Expression.builder()
                .expression("Active = :yes")
                .putExpressionValue(":yes", new BooleanAsNumberConverter().transformFrom(true))
                .build();
        QueryConditional keys = QueryConditional.sortGreaterThanOrEqualTo(
                k -> k.partitionValue(tier.toString()).sortValue(since));
        List<MigratedUser> found = new ArrayList<>();
        users.index("ByTier")
                .query(r -> r.queryConditional(keys).filterExpression(activeOnly))
                .forEach(page -> found.addAll(page.items())); // every page: one stops at 1 MB
        return found;
    }
    // end::query[]

    // tag::count[]
    /** v1's mapper.count(query): the Enhanced Client has none; Select.COUNT, summed over pages. */
    public static int countActiveSince(DynamoDbClient client, String table, Tier tier, Instant from) {
        return client
                .queryPaginator(b -> b.tableName(table)
                        .indexName("ByTier")
                        .keyConditionExpression("Tier = :tier AND SignedUp >= :since")
                        .filterExpression("Active = :yes")
                        .expressionAttributeValues(Map.of(
                                ":tier", AttributeValue.fromS(tier.toString()),
                                ":since", new MillisInstantConverter().transformFrom(from),
                                ":yes", AttributeValue.fromN("1")))
                        .select(Select.COUNT))
                .stream()
                .mapToInt(QueryResponse::count) // a count covers one page, as items do
                .sum();
    }
    // end::count[]

    // tag::pages[]
    /**
     * v1's PaginatedQueryList (LAZY_LOADING) fetched pages as you iterated and KEPT them: looping
     * twice queried once. A PageIterable keeps nothing: every loop queries again. Collect once
     * when the items are needed more than once.
     */
    public static List<MigratedUser> allOfTier(DynamoDbTable<MigratedUser> users, Tier tier, int pageSize) {
        return users
                .index("ByTier")
                .query(r -> r.queryConditional(QueryConditional.keyEqualTo(k -> k.partitionValue(tier.toString())))
                        .limit(pageSize)) // items per request, not in all
                .stream()
                .flatMap(page -> page.items().stream())
                .toList();
    }
    // end::pages[]
}
