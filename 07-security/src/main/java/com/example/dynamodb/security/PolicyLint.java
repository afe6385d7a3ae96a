package com.example.dynamodb.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.policybuilder.iam.IamAction;
import software.amazon.awssdk.policybuilder.iam.IamEffect;
import software.amazon.awssdk.policybuilder.iam.IamPolicy;
import software.amazon.awssdk.policybuilder.iam.IamResource;
import software.amazon.awssdk.policybuilder.iam.IamStatement;

/**
 * A small lint for our own policies: an Allow with a wildcard in an action ({@code dynamodb:*},
 * {@code dynamodb:Get*}) or a resource ({@code *}, {@code table/*}) grants more than anyone
 * reviewed. Deny statements are not checked: a wide Deny takes away, it never grants.
 */
public final class PolicyLint {

    private PolicyLint() {}

    // tag::lint[]
    /**
     * The listed exceptions, each with its reason: actions that name no resource, so that IAM
     * accepts only "*" for them. (The other exception, the stream label in "table/T/stream/*", is
     * in {@code isWildcard}.)
     */
    public static final Map<String, String> ALLOWED_WILDCARD_RESOURCES = Map.of(
            "dynamodb:ListStreams", "names no resource: only \"*\" grants it",
            "dynamodb:ListTables", "names no resource: only \"*\" grants it",
            "dynamodb:DescribeLimits", "names no resource: only \"*\" grants it");

    /** One line per problem; an empty list means the policies grant nothing by wildcard. */
    public static List<String> findings(List<IamPolicy> policies) {
        List<String> findings = new ArrayList<>();
        for (IamPolicy policy : policies) {
            for (IamStatement statement : policy.statements()) {
                if (!IamEffect.ALLOW.equals(statement.effect())) {
                    continue;
                }
                String where = statement.sid() == null ? "a statement" : "statement " + statement.sid();
                for (IamAction action : statement.actions()) {
                    if (action.value().contains("*")) {
                        findings.add(where + " allows the wildcard action " + action.value());
                    }
                }
                if (!statement.notActions().isEmpty()
                        || !statement.notResources().isEmpty()) {
                    findings.add(where + " uses NotAction/NotResource: it allows everything it does not name");
                }
                for (IamResource resource : statement.resources()) {
                    if (isWildcard(resource.value()) && !onlyListedActions(statement)) {
                        findings.add(where + " allows " + actionNames(statement) + " on the wildcard resource "
                                + resource.value());
                    }
                }
            }
        }
        return findings;
    }

    /** "*" anywhere but in a stream ARN's label ("table/T/stream/*"), which changes on every re-enable. */
    private static boolean isWildcard(String resource) {
        return resource.contains("*") && !resource.matches("arn:[^*]+:table/[^*/]+/stream/\\*");
    }

    private static boolean onlyListedActions(IamStatement statement) {
        return statement.actions().stream().allMatch(a -> ALLOWED_WILDCARD_RESOURCES.containsKey(a.value()));
    }

    private static List<String> actionNames(IamStatement statement) {
        return statement.actions().stream().map(IamAction::value).toList();
    }
    // end::lint[]
}
