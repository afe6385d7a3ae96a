package com.example.dynamodb.security;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * Reads for one tenant in a table all tenants share, written as {@code dynamodb:LeadingKeys} and
 * {@code dynamodb:Attributes} would check them: the partition key is the caller's identity, never a
 * value from the request, and every attribute the read names is one the policy lists, checked before
 * anything is sent.
 */
public final class TenantReads {

    private TenantReads() {}

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

    /**
     * "#title" -> "title" for each wanted attribute; refuses, before a request, an empty list (DynamoDB
     * refuses an empty projection, and reading "everything" is not what an allow-list means) and any
     * attribute the policy does not list.
     */
    public static Map<String, String> namesOfAllowed(Set<String> allowed, List<String> wanted) {
        if (wanted.isEmpty()) {
            throw new IllegalArgumentException(
                    "Name at least one attribute to read or write: an empty list names none of " + allowed);
        }
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
}
