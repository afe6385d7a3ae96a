package com.example.dynamodb.projects.sessions;

import static org.awaitility.Awaitility.await;

import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * A DynamoDB Local limitation, measured (AWS does not share it): its TTL job stops deleting in a
 * table once an expired item lacks an attribute the table defines for an index key, that is, an
 * item outside a sparse index. Items that all carry the index keys are deleted normally.
 */
@DynamoDbTest
class LocalTtlQuirkTest {

    @Test
    @DisplayName("DynamoDB Local 3.3.1 never TTL-deletes an expired item that lacks a sparse index's key")
    void sparseIndexBlocksLocalTtl(DynamoDbClient client, Tables tables) {
        String sparse = tables.reserve("SessionsWithSparseIndex");
        tables.createAndWait(SessionsTable.definition(sparse).toBuilder()
                .attributeDefinitions(
                        attribute("userId", ScalarAttributeType.S),
                        attribute("sessionId", ScalarAttributeType.S),
                        attribute("flaggedBy", ScalarAttributeType.S)) // only flagged sessions carry it
                .globalSecondaryIndexes(GlobalSecondaryIndex.builder()
                        .indexName("Flagged")
                        .keySchema(KeySchemaElement.builder()
                                .attributeName("flaggedBy")
                                .keyType(KeyType.HASH)
                                .build())
                        .projection(p -> p.projectionType(ProjectionType.KEYS_ONLY))
                        .build())
                .build());
        String plain = tables.reserve("Sessions");
        tables.createAndWait(SessionsTable.definition(plain));
        Clock anHourAgo = Clock.offset(Clock.systemUTC(), Duration.ofHours(-1)); // expired 30 minutes ago
        Session stuck = SessionStore.create(client, sparse, anHourAgo, SessionPolicy.standard(), "ada");
        Session control = SessionStore.create(client, plain, anHourAgo, SessionPolicy.standard(), "ada");
        SessionsTable.enableTtl(client, sparse); // the sparse table first: its job is scheduled no later
        SessionsTable.enableTtl(client, plain);

        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> !client.getItem(b -> b.tableName(plain).key(Session.key(control.token())))
                        .hasItem());
        // An absence can only be shown over time: the item must stay through more rounds of the job.
        await().during(Duration.ofMillis(1_100))
                .atMost(Duration.ofSeconds(2))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> client.getItem(b -> b.tableName(sparse).key(Session.key(stuck.token())))
                        .hasItem());
    }

    private static AttributeDefinition attribute(String name, ScalarAttributeType type) {
        return AttributeDefinition.builder()
                .attributeName(name)
                .attributeType(type)
                .build();
    }
}
