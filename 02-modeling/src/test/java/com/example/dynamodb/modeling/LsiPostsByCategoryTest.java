package com.example.dynamodb.modeling;

import static com.example.dynamodb.modeling.LsiPostsByCategory.BY_CATEGORY;
import static com.example.dynamodb.modeling.LsiPostsByCategory.BY_CATEGORY_LATER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.example.dynamodb.support.Backend;
import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.ItemCollectionMetrics;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.UpdateTableRequest;

@DynamoDbTest
class LsiPostsByCategoryTest {

    private static final List<Post> POSTS = List.of(
            Post.of("ana", "2026-11-01T08:00Z", "travel", "Lisbon"),
            Post.of("ana", "2026-11-02T08:00Z", "food", "Bread"),
            Post.of("ana", "2026-11-03T08:00Z", "travel", "Porto"),
            Post.of("bo", "2026-11-01T09:00Z", "travel", "Oslo"));

    /** ana's travel posts, from the data: two posts share the LSI sort key value (LSI keys need not be unique). */
    private static final List<String> ANA_TRAVEL = POSTS.stream()
            .filter(p -> p.userId().equals("ana") && p.category().equals("travel"))
            .map(Post::postedAt)
            .toList();

    private static String postsTable(DynamoDbClient client, Tables tables) {
        String table = tables.reserve("UserPosts");
        tables.createAndWait(LsiPostsByCategory.tableDefinition(table));
        POSTS.forEach(p -> LsiPostsByCategory.putPost(client, table, p));
        return table;
    }

    @Test
    @DisplayName("the LSI finds one user's posts in a category with a strongly consistent read")
    void consistentQueryOnTheLsi(DynamoDbClient client, DynamoDbEnhancedClient enhanced, Tables tables) {
        String table = postsTable(client, tables);

        assertThat(LsiPostsByCategory.postedAtInCategory(client, table, BY_CATEGORY, "ana", "travel"))
                .hasSize(2)
                .containsExactlyInAnyOrderElementsOf(ANA_TRAVEL);
        assertThat(LsiPostsByCategory.postsInCategory(enhanced, table, BY_CATEGORY, "ana", "travel"))
                .extracting(Post::postedAt)
                .containsExactlyInAnyOrderElementsOf(ANA_TRAVEL);
    }

    @Test
    @Tag("indexes") // UpdateTable creates a GSI on an existing on-demand table
    @DisplayName("an LSI cannot be added later: UpdateTable only creates a GSI, which refuses consistent reads")
    void lsiOnlyAtCreation(DynamoDbClient client, Tables tables) throws InterruptedException {
        String table = postsTable(client, tables);
        List<String> updateTableMembers = UpdateTableRequest.builder().build().sdkFields().stream()
                .map(SdkField::memberName)
                .toList();
        assertThat(updateTableMembers)
                .contains("GlobalSecondaryIndexUpdates")
                .noneMatch(name -> name.startsWith("LocalSecondaryIndex"));

        LsiPostsByCategory.addCategoryIndexLater(client, table);

        TableDescription description =
                client.describeTable(b -> b.tableName(table)).table();
        assertThat(description.localSecondaryIndexes())
                .extracting(LocalSecondaryIndexDescription::indexName)
                .containsExactly(BY_CATEGORY);
        assertThat(description.globalSecondaryIndexes())
                .extracting(GlobalSecondaryIndexDescription::indexName)
                .containsExactly(BY_CATEGORY_LATER);
        // same keys, same items (read eventually consistently), but a consistent read is refused
        assertThat(client.query(b -> b.tableName(table)
                                .indexName(BY_CATEGORY_LATER)
                                .keyConditionExpression("userId = :u AND category = :c")
                                .expressionAttributeValues(Map.of(
                                        ":u", AttributeValue.fromS("ana"), ":c", AttributeValue.fromS("travel"))))
                        .items())
                .extracting(item -> item.get("postedAt").s())
                .containsExactlyInAnyOrderElementsOf(ANA_TRAVEL);
        assertThatThrownBy(
                        () -> LsiPostsByCategory.postedAtInCategory(client, table, BY_CATEGORY_LATER, "ana", "travel"))
                .isInstanceOf(DynamoDbException.class)
                .hasMessageContaining("Consistent reads are not supported on global secondary indexes");
    }

    @Test
    @Tag("local-differs") // AWS returns ItemCollectionMetrics for a table with an LSI; DynamoDB Local 3.3.1 returns
    // none
    @DisplayName("DynamoDB Local returns no ItemCollectionMetrics, even when a write asks for SIZE")
    void localReturnsNoItemCollectionMetrics(DynamoDbClient client, DynamoDbBackend backend, Tables tables) {
        assumeTrue(backend.kind() != Backend.AWS, "this pins DynamoDB Local's behaviour");
        String table = tables.reserve("UserPosts");
        tables.createAndWait(LsiPostsByCategory.tableDefinition(table));

        ItemCollectionMetrics metrics = LsiPostsByCategory.putPost(client, table, POSTS.get(0));

        assertThat(metrics).as("measured on DynamoDB Local 3.3.1").isNull();
    }

    @Test
    @Tag("aws")
    @DisplayName("on AWS a write to a table with an LSI reports its item collection's key and size estimate")
    void awsReportsItemCollectionMetrics(DynamoDbClient client, DynamoDbBackend backend, Tables tables) {
        assumeTrue(backend.kind() == Backend.AWS, "needs -Paws -Dddb.backend=aws");
        String table = tables.reserve("UserPosts");
        tables.createAndWait(LsiPostsByCategory.tableDefinition(table));

        ItemCollectionMetrics metrics = LsiPostsByCategory.putPost(client, table, POSTS.get(0));

        assertThat(metrics.itemCollectionKey()).containsEntry("userId", AttributeValue.fromS("ana"));
        assertThat(metrics.sizeEstimateRangeGB()).hasSize(2); // a lower and an upper bound
    }
}
