package com.example.dynamodb.modeling;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ItemCollectionMetrics;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ReturnItemCollectionMetrics;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * A local secondary index keeps the table's partition key and re-sorts each partition by another
 * attribute: posts keyed by {@code userId} + {@code postedAt}, re-sorted by {@code category}. LSIs
 * must be declared when the table is created, allow strongly consistent reads, and cap each
 * partition key's item collection (its table items plus their index entries) at 10 GB.
 */
public final class LsiPostsByCategory {

    private LsiPostsByCategory() {}

    // tag::table[]
    public static final String BY_CATEGORY = "PostsByCategory";

    /** The LSI is part of CreateTable: there is no way to add one to an existing table. */
    public static CreateTableRequest tableDefinition(String tableName) {
        return CreateTableRequest.builder()
                .tableName(tableName)
                .attributeDefinitions(
                        a -> a.attributeName("userId").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("postedAt").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("category").attributeType(ScalarAttributeType.S))
                .keySchema(
                        k -> k.attributeName("userId").keyType(KeyType.HASH),
                        k -> k.attributeName("postedAt").keyType(KeyType.RANGE))
                .localSecondaryIndexes(l -> l.indexName(BY_CATEGORY)
                        .keySchema(
                                k -> k.attributeName("userId").keyType(KeyType.HASH), // same partition key
                                k -> k.attributeName("category").keyType(KeyType.RANGE))
                        .projection(p -> p.projectionType(ProjectionType.ALL)))
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .build();
    }
    // end::table[]

    // tag::later[]
    /** What a GSI with the same keys is called, for the "add it later" contrast. */
    public static final String BY_CATEGORY_LATER = "PostsByCategoryAddedLater";

    /**
     * The nearest thing to adding an LSI later: UpdateTable can only create a GSI, even one with
     * the table's partition key. It is listed as global and refuses strongly consistent reads.
     */
    public static void addCategoryIndexLater(DynamoDbClient client, String table) throws InterruptedException {
        client.updateTable(b -> b.tableName(table)
                .attributeDefinitions(
                        a -> a.attributeName("userId").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("category").attributeType(ScalarAttributeType.S))
                .globalSecondaryIndexUpdates(u -> u.create(c -> c.indexName(BY_CATEGORY_LATER)
                        .keySchema(
                                k -> k.attributeName("userId").keyType(KeyType.HASH),
                                k -> k.attributeName("category").keyType(KeyType.RANGE))
                        .projection(p -> p.projectionType(ProjectionType.ALL)))));
        AddGsiToExistingTable.waitUntilIndexActive(client, table, BY_CATEGORY_LATER, Duration.ofMinutes(30));
    }
    // end::later[]

    /** Writes a post and asks for the size of the user's item collection (DynamoDB Local returns none). */
    public static ItemCollectionMetrics putPost(DynamoDbClient client, String table, Post post) {
        return client.putItem(b -> b.tableName(table)
                        .item(Post.SCHEMA.itemToMap(post, true)) // the static schema also maps for the low-level client
                        .returnItemCollectionMetrics(ReturnItemCollectionMetrics.SIZE))
                .itemCollectionMetrics();
    }

    // tag::query[]
    /** Low-level: one user's posts in a category, strongly consistent: fine on an LSI, not on a GSI. */
    public static List<String> postedAtInCategory(
            DynamoDbClient client, String table, String index, String userId, String category) {
        return client
                .queryPaginator(b -> b.tableName(table) // every page, not only the first 1 MB
                        .indexName(index)
                        .consistentRead(true)
                        .keyConditionExpression("userId = :u AND category = :c")
                        .expressionAttributeValues(
                                Map.of(":u", AttributeValue.fromS(userId), ":c", AttributeValue.fromS(category))))
                .items()
                .stream()
                .map(item -> item.get("postedAt").s())
                .toList();
    }

    /** Enhanced Client with the static schema: the same query (its pages are followed for you). */
    public static List<Post> postsInCategory(
            DynamoDbEnhancedClient enhanced, String table, String index, String userId, String category) {
        return enhanced
                .table(table, Post.SCHEMA)
                .index(index)
                .query(QueryEnhancedRequest.builder()
                        .consistentRead(true)
                        .queryConditional(QueryConditional.keyEqualTo(
                                k -> k.partitionValue(userId).sortValue(category)))
                        .build())
                .stream()
                .flatMap(page -> page.items().stream())
                .toList();
    }
    // end::query[]

    static void demo(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("4. Local secondary index: a user's posts by category");
        DynamoDbClient client = ddb.client();
        String table = tables.reserve("UserPosts");
        tables.createAndWait(tableDefinition(table));
        ItemCollectionMetrics metrics = null;
        for (Post p : List.of(
                Post.of("ana", "2026-11-01T08:00Z", "travel", "Lisbon"),
                Post.of("ana", "2026-11-02T08:00Z", "food", "Bread"),
                Post.of("ana", "2026-11-03T08:00Z", "travel", "Porto"))) {
            metrics = putPost(client, table, p);
        }
        Narrator.show(
                "ana's travel posts (low-level, consistent read)",
                postedAtInCategory(client, table, BY_CATEGORY, "ana", "travel"));
        Narrator.show(
                "ana's travel posts (Enhanced, StaticTableSchema)",
                postsInCategory(ddb.enhancedClient(), table, BY_CATEGORY, "ana", "travel").stream()
                        .map(Post::postedAt)
                        .toList());
        Narrator.show("ItemCollectionMetrics of ana's last put (asked for SIZE)", metrics);
        Narrator.say("(DynamoDB Local returns none; AWS returns the collection's size estimate in GB)");
        Narrator.step("Adding an LSI later: UpdateTable can only create a GSI, even with the same keys");
        try {
            addCategoryIndexLater(client, table);
            postedAtInCategory(client, table, BY_CATEGORY_LATER, "ana", "travel");
        } catch (DynamoDbException e) {
            Narrator.say("consistent read on " + BY_CATEGORY_LATER + " rejected: "
                    + e.awsErrorDetails().errorMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public static void main(String[] args) {
        Walkthroughs.run(LsiPostsByCategory::demo);
    }
}
