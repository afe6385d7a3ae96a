package com.example.dynamodb.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.policybuilder.iam.IamPolicy;
import software.amazon.awssdk.policybuilder.iam.IamPolicyReader;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

@DynamoDbTest(sdkClient = true) // one engine per test JVM: the encryption tests need the server anyway
class TenantNotesTest {

    private static final Principal ALICE = new Principal("tenant-a");
    private static final Principal BOB = new Principal("tenant-b");

    private static IamPolicy policy(String table) {
        return FineGrainedAccess.tenantPolicy(
                IamPolicies.tableArn("eu-west-1", "123456789012", table),
                FineGrainedAccess.COGNITO_IDENTITY_ID,
                TenantNotes.ATTRIBUTES);
    }

    private static TenantNotes notes(DynamoDbClient client, Tables tables) {
        String table = tables.reserve("Notes");
        tables.createAndWait(TenantNotes.definition(table));
        return new TenantNotes(client, table, policy(table));
    }

    private static Map<String, AttributeValue> title(String title) {
        return Map.of("title", AttributeValue.fromS(title));
    }

    @Test
    @DisplayName("the repository allows exactly the attributes the policy lists, read from the same IamPolicy object")
    void attributesComeFromThePolicy() {
        IamPolicy policy = policy("Notes");
        TenantNotes notes = new TenantNotes(mock(DynamoDbClient.class), "Notes", policy);

        List<String> listed = IamPolicyReader.create().read(policy.toJson()).statements().get(0).conditions().stream()
                .filter(c -> c.key().value().equals("dynamodb:Attributes"))
                .map(c -> c.value())
                .toList();
        assertThat(notes.rules().attributes()).containsExactlyInAnyOrderElementsOf(listed);
    }

    @Test
    @DisplayName("tenant A cannot read tenant B's note: the same note id reads A's own note or nothing")
    void cannotRead(DynamoDbClient client, Tables tables) {
        TenantNotes notes = notes(client, tables);
        notes.put(BOB, "only-bob", title("Bob's secret"));
        notes.put(BOB, "shared-id", title("Bob's"));
        notes.put(ALICE, "shared-id", title("Alice's"));

        assertThat(notes.get(ALICE, "only-bob")).isEmpty();
        assertThat(notes.get(ALICE, "shared-id").orElseThrow()).containsEntry("title", AttributeValue.fromS("Alice's"));
        assertThat(notes.get(BOB, "only-bob").orElseThrow())
                .containsEntry("title", AttributeValue.fromS("Bob's secret"));
    }

    @Test
    @DisplayName("tenant A's query returns A's notes only, every page of them")
    void cannotQuery(DynamoDbBackend backend, DynamoDbClient client, Tables tables) {
        String table = tables.reserve("Notes");
        tables.createAndWait(TenantNotes.definition(table));
        TenantNotes notes = new TenantNotes(client, table, policy(table));
        for (int i = 0; i < 5; i++) {
            notes.put(ALICE, "a" + i, title("mine " + i));
            notes.put(BOB, "b" + i, title("his " + i));
        }
        // Pages of 2 notes: reading only the first page would return 2 of the 5.
        List<Integer> pages = new ArrayList<>();
        ExecutionInterceptor twoPerPage = new ExecutionInterceptor() {
            @Override
            public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
                if (context.request() instanceof QueryRequest query) {
                    return query.toBuilder().limit(2).build();
                }
                return context.request();
            }

            @Override
            public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
                if (context.response() instanceof QueryResponse page) {
                    pages.add(page.count());
                }
            }
        };

        try (DynamoDbClient paging =
                backend.newClient(b -> b.overrideConfiguration(o -> o.addExecutionInterceptor(twoPerPage)))) {
            List<Map<String, AttributeValue>> seen = new TenantNotes(paging, table, policy(table)).list(ALICE);

            assertThat(pages).startsWith(2, 2, 1);
            assertThat(seen).extracting(n -> n.get("noteId").s()).containsExactly("a0", "a1", "a2", "a3", "a4");
            assertThat(seen).allMatch(n -> n.get("tenantId").s().equals("tenant-a"));
        }
    }

    @Test
    @DisplayName("tenant A cannot update tenant B's note, and does not create one of its own by trying")
    void cannotUpdate(DynamoDbClient client, Tables tables) {
        TenantNotes notes = notes(client, tables);
        notes.put(BOB, "n-b", title("Bob's"));

        assertThat(notes.update(ALICE, "n-b", "title", AttributeValue.fromS("pwned"), ReturnValue.NONE))
                .isEmpty();
        assertThat(notes.get(BOB, "n-b", "title").orElseThrow()).isEqualTo(title("Bob's"));
        assertThat(notes.list(ALICE)).isEmpty();
    }

    @Test
    @DisplayName("tenant A cannot delete tenant B's note")
    void cannotDelete(DynamoDbClient client, Tables tables) {
        TenantNotes notes = notes(client, tables);
        notes.put(BOB, "n-b", title("Bob's"));

        assertThat(notes.delete(ALICE, "n-b")).isFalse();
        assertThat(notes.get(BOB, "n-b")).isPresent();
        assertThat(notes.delete(BOB, "n-b")).isTrue();
        assertThat(notes.get(BOB, "n-b")).isEmpty();
    }

    @Test
    @DisplayName("a read or query naming an attribute the policy does not list is refused before any request")
    void nonAllowedAttributeOnRead() {
        DynamoDbClient client = mock(DynamoDbClient.class);
        TenantNotes notes = new TenantNotes(client, "Notes", policy("Notes"));

        assertThatThrownBy(() -> notes.get(ALICE, "n1", "title", "moderation"))
                .isInstanceOf(SecurityException.class)
                .hasMessage("Refused by the tenant policy: [moderation] not in dynamodb:Attributes"
                        + " [body, noteId, tenantId, title, updatedAt]");
        assertThatThrownBy(() -> notes.list(ALICE, "moderation")).isInstanceOf(SecurityException.class);
        verifyNoInteractions(client);
    }

    @Test
    @DisplayName("a write of a non-allowed attribute, or of the keys themselves, is refused and writes nothing")
    void nonAllowedAttributeOnWrite(DynamoDbClient client, Tables tables) {
        TenantNotes notes = notes(client, tables);

        assertThatThrownBy(() -> notes.put(ALICE, "n1", Map.of("moderation", AttributeValue.fromS("approved"))))
                .isInstanceOf(SecurityException.class)
                .hasMessageContaining("[moderation]");
        assertThatThrownBy(() -> notes.put(ALICE, "n1", Map.of("tenantId", AttributeValue.fromS("tenant-b"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("come from the caller");
        assertThatThrownBy(() -> notes.update(ALICE, "n1", "moderation", AttributeValue.fromS("x"), ReturnValue.NONE))
                .isInstanceOf(SecurityException.class);
        assertThat(notes.list(ALICE)).isEmpty();
    }

    @Test
    @DisplayName("ReturnValues ALL_NEW is refused; UPDATED_NEW returns only the attribute that was set")
    void returnValues(DynamoDbClient client, Tables tables) {
        TenantNotes notes = notes(client, tables);
        notes.put(ALICE, "n1", Map.of("title", AttributeValue.fromS("old"), "body", AttributeValue.fromS("text")));

        assertThatThrownBy(() -> notes.update(ALICE, "n1", "title", AttributeValue.fromS("new"), ReturnValue.ALL_NEW))
                .isInstanceOf(SecurityException.class)
                .hasMessageContaining("ReturnValues ALL_NEW is not in dynamodb:ReturnValues");
        assertThat(notes.update(ALICE, "n1", "title", AttributeValue.fromS("new"), ReturnValue.UPDATED_NEW))
                .contains(title("new"));
    }
}
