package com.example.dynamodb.security;

import static com.example.dynamodb.security.NotesFixture.ALICE;
import static com.example.dynamodb.security.NotesFixture.BOB;
import static com.example.dynamodb.security.NotesFixture.everything;
import static com.example.dynamodb.security.NotesFixture.seed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.RecordingClient;
import com.example.dynamodb.support.Tables;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

@DynamoDbTest(sdkClient = true) // one engine per test JVM: the encryption tests need the server anyway
class TenantWritesTest {

    private static final Map<String, AttributeValue> BOBS_NOTE = Map.of(
            "tenantId", AttributeValue.fromS("tenant-b"),
            "noteId", AttributeValue.fromS("n-b"),
            "title", AttributeValue.fromS("Bob's"));

    @Test
    @DisplayName("a put sets the caller's keys: the note lands in the caller's partition")
    void putsIntoOwnPartition(DynamoDbClient client, Tables tables) {
        String table = NotesFixture.table(tables);

        TenantWrites.putOwn(client, table, ALICE, "n1", NotesFixture.title("Alice's"));

        assertThat(everything(client, table))
                .containsExactly(Map.of(
                        "tenantId", AttributeValue.fromS("tenant-a"),
                        "noteId", AttributeValue.fromS("n1"),
                        "title", AttributeValue.fromS("Alice's")));
    }

    @Test
    @DisplayName("a body that names the keys is refused before any request: keys come from the caller")
    void keysFromTheBodyRefused(DynamoDbClient client) {
        RecordingClient recorder = RecordingClient.of(client);

        assertThatThrownBy(() -> TenantWrites.putOwn(
                        recorder.client(), "Notes", ALICE, "n1", Map.of("tenantId", AttributeValue.fromS("tenant-b"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("come from the caller");
        assertThat(recorder.calls()).isEmpty();
    }

    @Test
    @DisplayName("tenant A cannot update tenant B's note, and does not create one of its own by trying")
    void cannotUpdate(DynamoDbClient client, Tables tables) {
        String table = NotesFixture.table(tables);
        seed(client, table, "tenant-b", "n-b", "Bob's");

        assertThat(TenantWrites.updateOwn(
                        client, table, ALICE, "n-b", "title", AttributeValue.fromS("pwned"), ReturnValue.NONE))
                .isEmpty();
        assertThat(everything(client, table)).containsExactly(BOBS_NOTE);
    }

    @Test
    @DisplayName("tenant A cannot delete tenant B's note; B can")
    void cannotDelete(DynamoDbClient client, Tables tables) {
        String table = NotesFixture.table(tables);
        seed(client, table, "tenant-b", "n-b", "Bob's");

        assertThat(TenantWrites.deleteOwn(client, table, ALICE, "n-b")).isFalse();
        assertThat(everything(client, table)).containsExactly(BOBS_NOTE);
        assertThat(TenantWrites.deleteOwn(client, table, BOB, "n-b")).isTrue();
        assertThat(everything(client, table)).isEmpty();
    }
}
