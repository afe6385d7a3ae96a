package com.example.dynamodb.security;

import static com.example.dynamodb.security.NotesFixture.ALICE;
import static com.example.dynamodb.security.NotesFixture.BOB;
import static com.example.dynamodb.security.NotesFixture.title;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.RecordingClient;
import com.example.dynamodb.support.Tables;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.policybuilder.iam.IamCondition;
import software.amazon.awssdk.policybuilder.iam.IamPolicy;
import software.amazon.awssdk.policybuilder.iam.IamPolicyReader;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

@DynamoDbTest(sdkClient = true) // one engine per test JVM: the encryption tests need the server anyway
class TenantNotesTest {

    @Test
    @DisplayName("the repository allows exactly the attributes the policy lists, read from the same IamPolicy object")
    void attributesComeFromThePolicy(DynamoDbClient client) {
        IamPolicy policy = NotesFixture.policy("Notes");
        TenantNotes notes = new TenantNotes(client, "Notes", policy);

        List<String> listed = IamPolicyReader.create().read(policy.toJson()).statements().get(0).conditions().stream()
                .filter(c -> c.key().value().equals("dynamodb:Attributes"))
                .map(IamCondition::value)
                .toList();
        assertThat(notes.rules().attributes()).containsExactlyInAnyOrderElementsOf(listed);
    }

    @Test
    @DisplayName("through the repository, each tenant reads, renames and deletes its own notes only")
    void eachTenantItsOwnNotes(DynamoDbClient client, Tables tables) {
        String table = NotesFixture.table(tables);
        TenantNotes notes = new TenantNotes(client, table, NotesFixture.policy(table));
        notes.put(ALICE, "n1", title("Alice's plan"));
        notes.put(BOB, "n2", title("Bob's secret"));

        assertThat(notes.get(ALICE, "n2")).isEmpty();
        assertThat(notes.update(ALICE, "n2", "title", AttributeValue.fromS("pwned"), ReturnValue.NONE))
                .isEmpty();
        assertThat(notes.delete(ALICE, "n2")).isFalse();
        assertThat(notes.get(BOB, "n2", "title")).contains(title("Bob's secret"));
        assertThat(notes.list(ALICE, "noteId", "title"))
                .containsExactly(
                        Map.of("noteId", AttributeValue.fromS("n1"), "title", AttributeValue.fromS("Alice's plan")));
        assertThat(notes.delete(ALICE, "n1")).isTrue();
        assertThat(notes.list(ALICE)).isEmpty();
    }

    @Test
    @DisplayName("a write of an attribute the policy does not list is refused and sends nothing")
    void nonAllowedAttributeOnWrite(DynamoDbClient client) {
        RecordingClient recorder = RecordingClient.of(client);
        TenantNotes notes = new TenantNotes(recorder.client(), "Notes", NotesFixture.policy("Notes"));

        assertThatThrownBy(() -> notes.put(ALICE, "n1", Map.of("moderation", AttributeValue.fromS("approved"))))
                .isInstanceOf(SecurityException.class)
                .hasMessage("Refused by the tenant policy: [moderation] not in dynamodb:Attributes"
                        + " [body, noteId, tenantId, title, updatedAt]");
        assertThatThrownBy(() -> notes.update(ALICE, "n1", "moderation", AttributeValue.fromS("x"), ReturnValue.NONE))
                .isInstanceOf(SecurityException.class);
        assertThatThrownBy(() -> notes.get(ALICE, "n1", "title", "moderation")).isInstanceOf(SecurityException.class);
        assertThat(recorder.calls()).isEmpty();
    }

    @Test
    @DisplayName(
            "ReturnValues ALL_NEW is refused before any request; UPDATED_NEW returns only the attribute that was set")
    void returnValues(DynamoDbClient client, Tables tables) {
        String table = NotesFixture.table(tables);
        RecordingClient recorder = RecordingClient.of(client);
        TenantNotes notes = new TenantNotes(recorder.client(), table, NotesFixture.policy(table));
        notes.put(ALICE, "n1", Map.of("title", AttributeValue.fromS("old"), "body", AttributeValue.fromS("text")));

        assertThatThrownBy(() -> notes.update(ALICE, "n1", "title", AttributeValue.fromS("new"), ReturnValue.ALL_NEW))
                .isInstanceOf(SecurityException.class)
                .hasMessageContaining("ReturnValues ALL_NEW is not in dynamodb:ReturnValues");
        assertThat(recorder.calls()).hasSize(1); // the put only
        assertThat(notes.update(ALICE, "n1", "title", AttributeValue.fromS("new"), ReturnValue.UPDATED_NEW))
                .contains(title("new"));
    }
}
