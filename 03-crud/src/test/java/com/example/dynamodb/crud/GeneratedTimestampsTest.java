package com.example.dynamodb.crud;

import static com.example.dynamodb.crud.UsersTable.s;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** CreatedAt and UpdatedAt from an injected clock, on the raw item (SDK 2.59.1). */
@DynamoDbTest
class GeneratedTimestampsTest {

    private static final Instant NINE = Instant.parse("2026-11-01T09:00:00Z");
    private static final Instant TEN = NINE.plusSeconds(3600);

    private static DynamoDbTable<Document> documentsAt(DynamoDbClient client, String table, Instant now) {
        return GeneratedTimestamps.stampingWith(client, Clock.fixed(now, ZoneOffset.UTC))
                .table(table, TableSchema.fromBean(Document.class));
    }

    private static String table(DynamoDbClient client, Tables tables) {
        String table = tables.reserve("Documents");
        documentsAt(client, table, NINE).createTable();
        Tables.waitUntilActive(client, table); // DynamoDB creates tables asynchronously
        return table;
    }

    private static Document plan(String title) {
        Document plan = new Document();
        plan.setDocumentId("d-1");
        plan.setTitle(title);
        return plan;
    }

    private static Map<String, AttributeValue> stored(DynamoDbClient client, String table) {
        return client.getItem(b ->
                        b.tableName(table).key(Map.of("DocumentID", s("d-1"))).consistentRead(true))
                .item();
    }

    @Test
    @DisplayName("a first save stamps CreatedAt and UpdatedAt from the injected clock, as ISO-8601 text")
    void firstSave(DynamoDbClient client, Tables tables) {
        String table = table(client, tables);

        GeneratedTimestamps.save(documentsAt(client, table, NINE), plan("Plan"));

        assertThat(stored(client, table))
                .isEqualTo(Map.of(
                        "DocumentID", s("d-1"),
                        "Title", s("Plan"),
                        "CreatedAt", s("2026-11-01T09:00:00Z"),
                        "UpdatedAt", s("2026-11-01T09:00:00Z")));
    }

    @Test
    @DisplayName("an update an hour later keeps CreatedAt (WRITE_IF_NOT_EXISTS) and moves UpdatedAt")
    void laterUpdate(DynamoDbClient client, Tables tables) {
        String table = table(client, tables);
        GeneratedTimestamps.save(documentsAt(client, table, NINE), plan("Plan"));

        Document returned = GeneratedTimestamps.save(documentsAt(client, table, TEN), plan("Plan, revised"));

        assertThat(stored(client, table))
                .containsEntry("Title", s("Plan, revised"))
                .containsEntry("CreatedAt", s("2026-11-01T09:00:00Z"))
                .containsEntry("UpdatedAt", s("2026-11-01T10:00:00Z"));
        assertThat(returned.getCreatedAt()).isEqualTo(NINE);
        assertThat(returned.getUpdatedAt()).isEqualTo(TEN);
    }

    @Test
    @DisplayName("a putItem ignores WRITE_IF_NOT_EXISTS: it replaces the item, CreatedAt included")
    void putOverwritesCreatedAt(DynamoDbClient client, Tables tables) {
        String table = table(client, tables);
        GeneratedTimestamps.save(documentsAt(client, table, NINE), plan("Plan"));

        documentsAt(client, table, TEN).putItem(plan("Plan, revised"));

        assertThat(stored(client, table))
                .containsEntry("CreatedAt", s("2026-11-01T10:00:00Z"))
                .containsEntry("UpdatedAt", s("2026-11-01T10:00:00Z"));
    }

    @Test
    @DisplayName("the bean passed in is not changed: the stamps exist only in the item and in what updateItem returns")
    void beanNotChanged(DynamoDbClient client, Tables tables) {
        String table = table(client, tables);
        Document plan = plan("Plan");

        documentsAt(client, table, NINE).putItem(plan);

        assertThat(plan.getCreatedAt()).isNull();
        assertThat(plan.getUpdatedAt()).isNull();
        assertThat(stored(client, table)).containsKeys("CreatedAt", "UpdatedAt");
    }
}
