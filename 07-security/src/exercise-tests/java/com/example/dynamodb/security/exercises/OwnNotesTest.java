package com.example.dynamodb.security.exercises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.dynamodb.security.NotesTable;
import com.example.dynamodb.security.Principal;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@DynamoDbTest(sdkClient = true) // one engine per test JVM: CustomerEncryptionTest needs the server anyway
@DisplayName("Exercise 07.3 Own notes")
class OwnNotesTest {

    private static final Principal ALICE = new Principal("tenant-a");

    private static String notesTable(DynamoDbClient client, Tables tables) {
        String table = tables.reserve("Notes");
        tables.createAndWait(NotesTable.definition(table)); // tenantId (partition key), noteId (sort key)
        for (String tenant : new String[] {"tenant-a", "tenant-b"}) {
            client.putItem(b -> b.tableName(table)
                    .item(Map.of(
                            "tenantId", AttributeValue.fromS(tenant),
                            "noteId", AttributeValue.fromS("n1"),
                            "title", AttributeValue.fromS("title of " + tenant))));
        }
        return table;
    }

    private static Map<String, AttributeValue> note(DynamoDbClient client, String table, String tenant, String id) {
        return client.getItem(b -> b.tableName(table)
                        .key(Map.of("tenantId", AttributeValue.fromS(tenant), "noteId", AttributeValue.fromS(id)))
                        .consistentRead(true))
                .item();
    }

    @Test
    @DisplayName("07.3: the caller renames its own note")
    void renamesOwnNote(DynamoDbClient client, Tables tables) {
        String table = notesTable(client, tables);

        assertThat(OwnNotes.renameNote(client, table, ALICE, "tenant-a", "n1", "renamed"))
                .isTrue();
        assertThat(note(client, table, "tenant-a", "n1")).containsEntry("title", AttributeValue.fromS("renamed"));
    }

    @Test
    @DisplayName("07.3: a URL naming another tenant is refused, and that tenant's note is unchanged")
    void anotherTenantInTheUrl(DynamoDbClient client, Tables tables) {
        String table = notesTable(client, tables);

        assertThatThrownBy(() -> OwnNotes.renameNote(client, table, ALICE, "tenant-b", "n1", "pwned"))
                .isInstanceOf(SecurityException.class);
        assertThat(note(client, table, "tenant-b", "n1"))
                .containsEntry("title", AttributeValue.fromS("title of tenant-b"));
    }

    @Test
    @DisplayName("07.3: renaming a note the caller does not have returns false and creates nothing")
    void noSuchNote(DynamoDbClient client, Tables tables) {
        String table = notesTable(client, tables);

        assertThat(OwnNotes.renameNote(client, table, ALICE, "tenant-a", "n404", "ghost"))
                .isFalse();
        assertThat(note(client, table, "tenant-a", "n404")).isEmpty();
    }
}
