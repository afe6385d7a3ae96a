package com.example.dynamodb.security;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.policybuilder.iam.IamPolicy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/**
 * A tenant-scoped repository of notes: the tenant policy of {@link FineGrainedAccess}, enforced in
 * application code. DynamoDB Local evaluates no IAM, and an application that serves every tenant
 * with one role must enforce the same rules itself, read from the same {@code IamPolicy} object.
 * It checks what the policy's conditions would check ({@code dynamodb:Attributes},
 * {@code dynamodb:ReturnValues}) before any request, and leaves the keys to {@link TenantReads} and
 * {@link TenantWrites}, which take them from the authenticated {@link Principal}.
 */
public final class TenantNotes {

    private final DynamoDbClient client;
    private final String table;
    private final FineGrainedAccess.Rules rules;

    /** The allowed attributes and ReturnValues come from the policy that IAM would evaluate in AWS. */
    public TenantNotes(DynamoDbClient client, String table, IamPolicy tenantPolicy) {
        this.client = client;
        this.table = table;
        this.rules = FineGrainedAccess.Rules.from(tenantPolicy);
    }

    public FineGrainedAccess.Rules rules() {
        return rules;
    }

    /** One of the caller's notes with the attributes asked for (every allowed one if none); empty if none. */
    public Optional<Map<String, AttributeValue>> get(Principal caller, String noteId, String... attributes) {
        return TenantReads.ownNote(client, table, rules.attributes(), caller, noteId, wanted(attributes));
    }

    /** All of the caller's notes: a Query on the caller's partition, never a Scan of everyone's. */
    public List<Map<String, AttributeValue>> list(Principal caller, String... attributes) {
        return TenantReads.ownNotes(client, table, rules.attributes(), caller, wanted(attributes));
    }

    /** Creates or replaces one of the caller's notes, with attributes the policy lists only. */
    public void put(Principal caller, String noteId, Map<String, AttributeValue> attributes) {
        TenantReads.namesOfAllowed(rules.attributes(), List.copyOf(attributes.keySet()));
        TenantWrites.putOwn(client, table, caller, noteId, attributes);
    }

    /** Sets an attribute the policy lists, returning what it allows; empty if the caller has no such note. */
    public Optional<Map<String, AttributeValue>> update(
            Principal caller, String noteId, String attribute, AttributeValue value, ReturnValue returnValues) {
        TenantReads.namesOfAllowed(rules.attributes(), List.of(attribute));
        if (!rules.returnValues().contains(returnValues.toString())) {
            throw new SecurityException("Refused by the tenant policy: ReturnValues " + returnValues
                    + " is not in dynamodb:ReturnValues " + rules.returnValues());
        }
        return TenantWrites.updateOwn(client, table, caller, noteId, attribute, value, returnValues);
    }

    /** Deletes one of the caller's notes; false if the caller has none with that id. */
    public boolean delete(Principal caller, String noteId) {
        return TenantWrites.deleteOwn(client, table, caller, noteId);
    }

    private List<String> wanted(String... attributes) {
        return attributes.length == 0 ? List.copyOf(rules.attributes()) : List.of(attributes);
    }

    static void demo(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("A tenant-scoped repository: the same policy, enforced in code");
        String table = tables.reserve("Notes");
        tables.createAndWait(NotesTable.definition(table));
        IamPolicy policy = FineGrainedAccess.tenantPolicy(
                TableArn.of("eu-west-1", "123456789012", table),
                FineGrainedAccess.COGNITO_IDENTITY_ID,
                NotesTable.TENANT_ATTRIBUTES);
        TenantNotes notes = new TenantNotes(ddb.client(), table, policy);
        Principal alice = new Principal("tenant-a");
        Principal bob = new Principal("tenant-b");
        notes.put(alice, "n1", Map.of("title", AttributeValue.fromS("Alice's plan")));
        notes.put(bob, "n2", Map.of("title", AttributeValue.fromS("Bob's secret")));
        Narrator.step("tenant-a lists its notes: "
                + notes.list(alice).stream().map(Narrator::format).toList());
        Narrator.show(
                "tenant-a reads note n2 (tenant-b's)",
                notes.get(alice, "n2").map(Narrator::format).orElse("no such note"));
        Narrator.show(
                "tenant-a renames n2",
                notes.update(alice, "n2", "title", AttributeValue.fromS("pwned"), ReturnValue.NONE)
                        .isPresent());
        Narrator.show("tenant-a deletes n2", notes.delete(alice, "n2"));
        Narrator.show(
                "tenant-b still reads n2",
                notes.get(bob, "n2", "title").map(Narrator::format).orElse("gone!"));
        try {
            notes.get(alice, "n1", "title", "moderation");
        } catch (SecurityException e) {
            Narrator.show("tenant-a asks for 'moderation'", e.getMessage());
        }
    }

    public static void main(String[] args) {
        Walkthroughs.run(TenantNotes::demo);
    }
}
