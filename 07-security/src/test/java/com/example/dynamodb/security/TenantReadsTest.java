package com.example.dynamodb.security;

import static com.example.dynamodb.security.NotesFixture.ALICE;
import static com.example.dynamodb.security.NotesFixture.ALLOWED;
import static com.example.dynamodb.security.NotesFixture.BOB;
import static com.example.dynamodb.security.NotesFixture.seed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.RecordingClient;
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
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;

@DynamoDbTest(sdkClient = true) // one engine per test JVM: the encryption tests need the server anyway
class TenantReadsTest {

    private static final List<String> TITLE = List.of("title");

    @Test
    @DisplayName("tenant A cannot read tenant B's note: the same note id reads A's own note or nothing")
    void cannotRead(DynamoDbClient client, Tables tables) {
        String table = NotesFixture.table(tables);
        seed(client, table, "tenant-b", "only-bob", "Bob's secret");
        seed(client, table, "tenant-b", "shared-id", "Bob's");
        seed(client, table, "tenant-a", "shared-id", "Alice's");

        assertThat(TenantReads.ownNote(client, table, ALLOWED, ALICE, "only-bob", TITLE))
                .isEmpty();
        assertThat(TenantReads.ownNote(client, table, ALLOWED, ALICE, "shared-id", TITLE))
                .contains(NotesFixture.title("Alice's"));
        assertThat(TenantReads.ownNote(client, table, ALLOWED, BOB, "only-bob", TITLE))
                .contains(NotesFixture.title("Bob's secret"));
    }

    @Test
    @DisplayName("tenant A's query returns A's notes only, every page of them, naming the attributes it reads")
    void cannotQuery(DynamoDbBackend backend, DynamoDbClient client, Tables tables) {
        String table = NotesFixture.table(tables);
        for (int i = 0; i < 5; i++) {
            seed(client, table, "tenant-a", "a" + i, "mine " + i);
            seed(client, table, "tenant-b", "b" + i, "his " + i);
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
            RecordingClient recorder = RecordingClient.of(paging);
            List<Map<String, AttributeValue>> seen =
                    TenantReads.ownNotes(recorder.client(), table, ALLOWED, ALICE, List.of("tenantId", "noteId"));

            assertThat(pages).startsWith(2, 2, 1);
            assertThat(seen).extracting(n -> n.get("noteId").s()).containsExactly("a0", "a1", "a2", "a3", "a4");
            assertThat(seen).allMatch(n -> n.get("tenantId").s().equals("tenant-a"));
            assertThat(recorder.requests(QueryRequest.class)).allSatisfy(q -> {
                assertThat(q.select()).isEqualTo(Select.SPECIFIC_ATTRIBUTES);
                assertThat(q.expressionAttributeNames()).containsOnlyKeys("#noteId", "#tenantId");
            });
        }
    }

    @Test
    @DisplayName("a read or query naming an attribute the policy does not list is refused before any request")
    void nonAllowedAttributeOnRead(DynamoDbClient client) {
        RecordingClient recorder = RecordingClient.of(client);

        assertThatThrownBy(() -> TenantReads.ownNote(
                        recorder.client(), "Notes", ALLOWED, ALICE, "n1", List.of("title", "moderation")))
                .isInstanceOf(SecurityException.class)
                .hasMessage("Refused by the tenant policy: [moderation] not in dynamodb:Attributes"
                        + " [body, noteId, tenantId, title, updatedAt]");
        assertThatThrownBy(
                        () -> TenantReads.ownNotes(recorder.client(), "Notes", ALLOWED, ALICE, List.of("moderation")))
                .isInstanceOf(SecurityException.class);
        assertThat(recorder.calls()).isEmpty();
    }

    @Test
    @DisplayName("a read or query naming no attribute is refused with a sentence before any request")
    void noAttributeNamed(DynamoDbClient client, Tables tables) {
        String table = NotesFixture.table(tables);
        seed(client, table, "tenant-a", "n1", "Alice's");
        RecordingClient recorder = RecordingClient.of(client);

        // Sent as is, an empty list was a request DynamoDB refuses ("ExpressionAttributeNames must not be empty").
        assertThatThrownBy(() -> TenantReads.ownNote(recorder.client(), table, ALLOWED, ALICE, "n1", List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Name at least one attribute to read or write: an empty list names none of"
                        + " [body, noteId, tenantId, title, updatedAt]");
        assertThatThrownBy(() -> TenantReads.ownNotes(recorder.client(), table, ALLOWED, ALICE, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(recorder.calls()).isEmpty();
    }
}
