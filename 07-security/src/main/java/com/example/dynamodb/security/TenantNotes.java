package com.example.dynamodb.security;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import software.amazon.awssdk.policybuilder.iam.IamPolicy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * The tenant policy of {@link FineGrainedAccess}, mirrored in application code: DynamoDB Local
 * evaluates no IAM, and an application that serves many tenants with one role must enforce the
 * same rules itself. Every key is derived from the authenticated {@link Principal}, never from
 * the request; every attribute a request names must be one the policy lists.
 */
public final class TenantNotes {

    /** Partition key: the tenant; sort key: the note. {@code moderation} is for staff tools only. */
    public static final List<String> ATTRIBUTES = List.of("tenantId", "noteId", "title", "body", "updatedAt");

    private final DynamoDbClient client;
    private final String table;
    private final FineGrainedAccess.Rules rules;

    /** The allowed attributes come from the same policy object that IAM would enforce in AWS. */
    public TenantNotes(DynamoDbClient client, String table, IamPolicy tenantPolicy) {
        this.client = client;
        this.table = table;
        this.rules = FineGrainedAccess.Rules.from(tenantPolicy);
    }

    public static CreateTableRequest definition(String table) {
        return CreateTableRequest.builder()
                .tableName(table)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                        AttributeDefinition.builder()
                                .attributeName("tenantId")
                                .attributeType(ScalarAttributeType.S)
                                .build(),
                        AttributeDefinition.builder()
                                .attributeName("noteId")
                                .attributeType(ScalarAttributeType.S)
                                .build())
                .keySchema(
                        KeySchemaElement.builder()
                                .attributeName("tenantId")
                                .keyType(KeyType.HASH)
                                .build(),
                        KeySchemaElement.builder()
                                .attributeName("noteId")
                                .keyType(KeyType.RANGE)
                                .build())
                .build();
    }

    public FineGrainedAccess.Rules rules() {
        return rules;
    }

    /** One of the caller's own notes, with the allowed attributes asked for (all allowed ones if none). */
    public Optional<Map<String, AttributeValue>> get(Principal caller, String noteId, String... attributes) {
        return ownNote(client, table, rules.attributes(), caller, noteId, wanted(attributes));
    }

    /** All of the caller's notes: a Query on the caller's partition, never a Scan of everyone's. */
    public List<Map<String, AttributeValue>> list(Principal caller, String... attributes) {
        return ownNotes(client, table, rules.attributes(), caller, wanted(attributes));
    }

    // tag::derive-key[]
    /** A read for one caller: the partition key is the caller's identity, never a value from the request. */
    public static Optional<Map<String, AttributeValue>> ownNote(
            DynamoDbClient client,
            String table,
            Set<String> allowed,
            Principal caller,
            String noteId,
            List<String> wanted) {
        Map<String, String> names = namesOfAllowed(allowed, wanted);
        Map<String, AttributeValue> item = client.getItem(b -> b.tableName(table)
                        .key(Map.of(
                                "tenantId", AttributeValue.fromS(caller.tenantId()), // from the credentials
                                "noteId", AttributeValue.fromS(noteId)))
                        .projectionExpression(String.join(", ", names.keySet())) // named, never "all"
                        .expressionAttributeNames(names))
                .item();
        return item.isEmpty() ? Optional.empty() : Optional.of(item);
    }

    /** All notes of one caller: a Query of the caller's own partition, never a Scan of everyone's. */
    public static List<Map<String, AttributeValue>> ownNotes(
            DynamoDbClient client, String table, Set<String> allowed, Principal caller, List<String> wanted) {
        Map<String, String> names = namesOfAllowed(allowed, wanted);
        return client
                .queryPaginator(b -> b.tableName(table)
                        .keyConditionExpression("tenantId = :me")
                        .expressionAttributeValues(Map.of(":me", AttributeValue.fromS(caller.tenantId())))
                        .select(Select.SPECIFIC_ATTRIBUTES) // what dynamodb:Select = SPECIFIC_ATTRIBUTES demands
                        .projectionExpression(String.join(", ", names.keySet()))
                        .expressionAttributeNames(names))
                .items()
                .stream()
                .toList();
    }

    /** "#title" -> "title" for each wanted attribute; refuses any the policy does not list, before a request. */
    public static Map<String, String> namesOfAllowed(Set<String> allowed, List<String> wanted) {
        List<String> refused = wanted.stream().filter(a -> !allowed.contains(a)).toList();
        if (!refused.isEmpty()) {
            throw new SecurityException(
                    "Refused by the tenant policy: " + refused + " not in dynamodb:Attributes " + allowed);
        }
        Map<String, String> names = new TreeMap<>();
        wanted.forEach(a -> names.put("#" + a, a));
        return names;
    }
    // end::derive-key[]

    /** Creates or replaces one of the caller's notes; the keys are set here, not by the caller. */
    public void put(Principal caller, String noteId, Map<String, AttributeValue> attributes) {
        allowed(attributes.keySet());
        if (attributes.containsKey("tenantId") || attributes.containsKey("noteId")) {
            throw new IllegalArgumentException("The keys of a note come from the caller and the note id, not the body");
        }
        Map<String, AttributeValue> item = new HashMap<>(attributes);
        item.putAll(key(caller, noteId));
        client.putItem(b -> b.tableName(table).item(item));
    }

    /** Sets one attribute of one of the caller's existing notes; false if the caller has no such note. */
    public Optional<Map<String, AttributeValue>> update(
            Principal caller, String noteId, String attribute, AttributeValue value, ReturnValue returnValues) {
        allowed(List.of(attribute));
        if (!rules.returnValues().contains(returnValues.toString())) {
            throw new SecurityException("Refused by the tenant policy: ReturnValues " + returnValues
                    + " is not in dynamodb:ReturnValues " + rules.returnValues());
        }
        try {
            return Optional.of(client.updateItem(b -> b.tableName(table)
                            .key(key(caller, noteId))
                            .updateExpression("SET #a = :v")
                            .conditionExpression("attribute_exists(noteId)") // never create a note by update
                            .expressionAttributeNames(Map.of("#a", attribute))
                            .expressionAttributeValues(Map.of(":v", value))
                            .returnValues(returnValues))
                    .attributes());
        } catch (ConditionalCheckFailedException e) {
            return Optional.empty();
        }
    }

    /** Deletes one of the caller's notes; false if the caller has none with that id. */
    public boolean delete(Principal caller, String noteId) {
        try {
            client.deleteItem(
                    b -> b.tableName(table).key(key(caller, noteId)).conditionExpression("attribute_exists(noteId)"));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    private static Map<String, AttributeValue> key(Principal caller, String noteId) {
        return Map.of("tenantId", AttributeValue.fromS(caller.tenantId()), "noteId", AttributeValue.fromS(noteId));
    }

    private List<String> wanted(String... attributes) {
        return attributes.length == 0 ? List.copyOf(rules.attributes()) : List.of(attributes);
    }

    private void allowed(Collection<String> attributes) {
        namesOfAllowed(rules.attributes(), List.copyOf(attributes));
    }

    static void demo(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("A tenant-scoped repository: the same policy, enforced in code");
        String table = tables.reserve("Notes");
        tables.createAndWait(definition(table));
        IamPolicy policy = FineGrainedAccess.tenantPolicy(
                IamPolicies.tableArn("eu-west-1", "123456789012", table),
                FineGrainedAccess.COGNITO_IDENTITY_ID,
                ATTRIBUTES);
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
