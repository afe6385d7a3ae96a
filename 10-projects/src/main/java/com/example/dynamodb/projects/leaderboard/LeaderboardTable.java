package com.example.dynamodb.projects.leaderboard;

import com.example.dynamodb.support.Tables;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Best scores: partition key {@code board} (a game id, or a game id and a shard number), sort key
 * {@code playerId}, so each player has one item per board. The GSI {@code TopScores} sorts a
 * board by {@link RankKey}.
 */
public final class LeaderboardTable {

    private static final Pattern ID = Pattern.compile("[a-z0-9_-]{1,40}");
    private static final Pattern BOARD = Pattern.compile("[a-z0-9_-]{1,40}(#[0-9]{1,2})?");

    private LeaderboardTable() {}

    // tag::definition[]
    public static final String TOP_SCORES = "TopScores";

    public static CreateTableRequest definition(String tableName) {
        return CreateTableRequest.builder()
                .tableName(tableName)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                        AttributeDefinition.builder()
                                .attributeName("board")
                                .attributeType(ScalarAttributeType.S)
                                .build(),
                        AttributeDefinition.builder()
                                .attributeName("playerId")
                                .attributeType(ScalarAttributeType.S)
                                .build(),
                        AttributeDefinition.builder()
                                .attributeName("rankKey")
                                .attributeType(ScalarAttributeType.S)
                                .build())
                .keySchema(
                        KeySchemaElement.builder()
                                .attributeName("board")
                                .keyType(KeyType.HASH)
                                .build(),
                        KeySchemaElement.builder()
                                .attributeName("playerId")
                                .keyType(KeyType.RANGE)
                                .build())
                .globalSecondaryIndexes(GlobalSecondaryIndex.builder()
                        .indexName(TOP_SCORES)
                        .keySchema(
                                KeySchemaElement.builder()
                                        .attributeName("board")
                                        .keyType(KeyType.HASH)
                                        .build(),
                                KeySchemaElement.builder()
                                        .attributeName("rankKey")
                                        .keyType(KeyType.RANGE)
                                        .build())
                        // What a board line shows, and nothing more: a smaller index costs less to write.
                        .projection(Projection.builder()
                                .projectionType(ProjectionType.INCLUDE)
                                .nonKeyAttributes("score", "playerName", "achievedAt")
                                .build())
                        .build())
                .build();
    }
    // end::definition[]

    public static String create(Tables tables, String logicalName) {
        String name = tables.reserve(logicalName);
        tables.createAndWait(definition(name));
        return name;
    }

    /** A board: a game id, or a game id and a shard number ("tetris#3"). */
    public static String requireBoard(String board) {
        if (board == null || !BOARD.matcher(board).matches()) {
            throw new IllegalArgumentException(
                    "board '" + board
                            + "' must be a game id (1 to 40 lower-case letters, digits, '_' or '-'), or a game id, '#' and a shard number");
        }
        return board;
    }

    /** Game and player ids: 1 to 40 lower-case letters, digits, '_' or '-' (no '#', the key separator). */
    public static String requireId(String what, String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException(
                    what + " '" + id + "' must be 1 to 40 lower-case letters, digits, '_' or '-'");
        }
        return id;
    }
}
