package com.example.dynamodb.modeling;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primarySortKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.secondarySortKey;

import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/**
 * A user's post, mapped for the Enhanced Client by a hand-written {@link StaticTableSchema}
 * instead of annotations: the table's key is {@code userId} + {@code postedAt}, and
 * {@code category} is the sort key of the {@value LsiPostsByCategory#BY_CATEGORY} local index.
 */
// tag::schema[]
public final class Post {
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

    /** No annotations, no reflection: each attribute says how to read and write it. */
    public static final StaticTableSchema<Post> SCHEMA = StaticTableSchema.builder(Post.class)
            .newItemSupplier(Post::new)
            .addAttribute(
                    String.class,
                    a -> a.name("userId")
                            .getter(Post::userId)
                            .setter((p, v) -> p.userId = v)
                            .tags(primaryPartitionKey()))
            .addAttribute(
                    String.class,
                    a -> a.name("postedAt")
                            .getter(Post::postedAt)
                            .setter((p, v) -> p.postedAt = v)
                            .tags(primarySortKey()))
            .addAttribute(
                    String.class,
                    a -> a.name("category")
                            .getter(Post::category)
                            .setter((p, v) -> p.category = v)
                            .tags(secondarySortKey(LsiPostsByCategory.BY_CATEGORY)))
            .addAttribute(String.class, a -> a.name("title").getter(Post::title).setter((p, v) -> p.title = v))
            .build();

    public String userId() {
        return userId;
    }

    public String postedAt() {
        return postedAt;
    }

    public String category() {
        return category;
    }

    public String title() {
        return title;
    }
}
// end::schema[]
