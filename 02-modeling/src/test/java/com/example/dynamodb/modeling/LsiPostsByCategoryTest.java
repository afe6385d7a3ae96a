package com.example.dynamodb.modeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.dynamodb.modeling.LsiPostsByCategory.Post;
import com.example.dynamodb.support.Backend;
import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ItemCollectionMetrics;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.UpdateTableRequest;

@DynamoDbTest
class LsiPostsByCategoryTest {

    private static final List<Post> POSTS = List.of(
            Post.of("ana", "2026-11-01T08:00Z", "travel", "Lisbon"),
            Post.of("ana", "2026-11-02T08:00Z", "food", "Bread"),
            Post.of("ana", "2026-11-03T08:00Z", "travel", "Porto"),
            Post.of("bo", "2026-11-01T09:00Z", "travel", "Oslo"));

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
        // two posts share the LSI sort key value "travel": LSI keys need not be unique
        List<String> expected = List.of("2026-11-01T08:00Z", "2026-11-03T08:00Z");

        assertThat(LsiPostsByCategory.postedAtInCategory(client, table, "ana", "travel"))
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(LsiPostsByCategory.postsInCategory(enhanced, table, "ana", "travel"))
                .extracting(Post::postedAt)
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    @DisplayName("an LSI cannot be added later: UpdateTable has no LSI field and CreateTable again fails")
    void lsiOnlyAtCreation(DynamoDbClient client, Tables tables) {
        String table = postsTable(client, tables);

        List<String> updateFields = UpdateTableRequest.builder().build().sdkFields().stream()
                .map(SdkField::memberName)
                .toList();
        assertThat(updateFields)
                .contains("GlobalSecondaryIndexUpdates")
                .noneMatch(name -> name.startsWith("LocalSecondaryIndex"));
        assertThatThrownBy(() -> client.createTable(LsiPostsByCategory.tableDefinition(table)))
                .isInstanceOf(ResourceInUseException.class);
        // the existing table and its data are untouched
        assertThat(client.scan(b -> b.tableName(table)).count()).isEqualTo(POSTS.size());
    }

    @Test
    @DisplayName("ReturnItemCollectionMetrics: AWS reports the collection size; DynamoDB Local returns none")
    void itemCollectionMetrics(DynamoDbClient client, DynamoDbBackend backend, Tables tables) {
        String table = tables.reserve("UserPosts");
        tables.createAndWait(LsiPostsByCategory.tableDefinition(table));

        ItemCollectionMetrics metrics = LsiPostsByCategory.putPost(client, table, POSTS.get(0));

        if (backend.kind() == Backend.AWS) {
            assertThat(metrics.itemCollectionKey()).containsKey("userId");
            assertThat(metrics.sizeEstimateRangeGB()).hasSize(2);
        } else {
            assertThat(metrics).as("measured on DynamoDB Local 3.3.1").isNull();
        }
    }
}
