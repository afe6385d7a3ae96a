package com.example.dynamodb.modeling;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primarySortKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.secondarySortKey;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
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

    public static final String BY_CATEGORY = "PostsByCategory";

    /** A post, mapped for the Enhanced Client by a hand-written StaticTableSchema below. */
    public static final class Post {
        private String userId;
        private String postedAt;
        private String category;
        private String title;

        public static Post of(String userId, String postedAt, String category, String title) {
            Post p = new Post();
            p.userId = userId;
            p.postedAt = postedAt;
            p.category = category;
            p.title = title;
            return p;
        }

        public String postedAt() {
            return postedAt;
        }
    }

    // tag::schema[]
    /** No annotations, no reflection: each attribute says how to read and write it. */
    public static final StaticTableSchema<Post> POST_SCHEMA = StaticTableSchema.builder(Post.class)
            .newItemSupplier(Post::new)
            .addAttribute(
                    String.class,
                    a -> a.name("userId")
                            .getter(p -> p.userId)
                            .setter((p, v) -> p.userId = v)
                            .tags(primaryPartitionKey()))
            .addAttribute(
                    String.class,
                    a -> a.name("postedAt")
                            .getter(p -> p.postedAt)
                            .setter((p, v) -> p.postedAt = v)
                            .tags(primarySortKey()))
            .addAttribute(
                    String.class,
                    a -> a.name("category")
                            .getter(p -> p.category)
                            .setter((p, v) -> p.category = v)
                            .tags(secondarySortKey(BY_CATEGORY)))
            .addAttribute(
                    String.class, a -> a.name("title").getter(p -> p.title).setter((p, v) -> p.title = v))
            .build();
    // end::schema[]

    private LsiPostsByCategory() {}

    // tag::table[]
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

    /** Writes a post and asks for the size of the user's item collection (null on DynamoDB Local). */
    public static ItemCollectionMetrics putPost(DynamoDbClient client, String table, Post post) {
        return client.putItem(b -> b.tableName(table)
                        .item(Map.of(
                                "userId",
                                AttributeValue.fromS(post.userId),
                                "postedAt",
                                AttributeValue.fromS(post.postedAt),
                                "category",
                                AttributeValue.fromS(post.category),
                                "title",
                                AttributeValue.fromS(post.title)))
                        .returnItemCollectionMetrics(ReturnItemCollectionMetrics.SIZE))
                .itemCollectionMetrics();
    }

    // tag::query[]
    /** Low-level: one user's posts in a category, strongly consistent (allowed on an LSI). */
    public static List<String> postedAtInCategory(DynamoDbClient client, String table, String userId, String category) {
        return client
                .query(b -> b.tableName(table)
                        .indexName(BY_CATEGORY)
                        .consistentRead(true)
                        .keyConditionExpression("userId = :u AND category = :c")
                        .expressionAttributeValues(
                                Map.of(":u", AttributeValue.fromS(userId), ":c", AttributeValue.fromS(category))))
                .items()
                .stream()
                .map(item -> item.get("postedAt").s())
                .toList();
    }

    /** Enhanced Client with the static schema: the same query. */
    public static List<Post> postsInCategory(
            DynamoDbEnhancedClient enhanced, String table, String userId, String category) {
        return enhanced
                .table(table, POST_SCHEMA)
                .index(BY_CATEGORY)
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
                "ana's travel posts (low-level, consistent read)", postedAtInCategory(client, table, "ana", "travel"));
        Narrator.show(
                "ana's travel posts (Enhanced, StaticTableSchema)",
                postsInCategory(ddb.enhancedClient(), table, "ana", "travel").stream()
                        .map(Post::postedAt)
                        .toList());
        Narrator.show("ItemCollectionMetrics (AWS only, null on DynamoDB Local)", metrics);
        Narrator.step("Adding an LSI later: UpdateTable has no field for it; CreateTable again fails:");
        try {
            client.createTable(tableDefinition(table));
        } catch (software.amazon.awssdk.services.dynamodb.model.ResourceInUseException e) {
            Narrator.say("rejected: " + e.awsErrorDetails().errorMessage());
            Narrator.say("The way out is a new table with the LSI, and copying the data across.");
        }
    }

    public static void main(String[] args) {
        try (DynamoDbBackend ddb = DynamoDbBackend.open();
                Tables tables = Tables.forWalkthrough(ddb)) {
            demo(ddb, tables);
        }
    }
}
