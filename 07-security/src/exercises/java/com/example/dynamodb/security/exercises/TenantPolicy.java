package com.example.dynamodb.security.exercises;

import software.amazon.awssdk.policybuilder.iam.IamPolicy;

/**
 * Exercise 07.1 Tenant policy (15 minutes): the policy of a multi-tenant table. Read first: README
 * section "2. Fine-grained access".
 *
 * <p>Every tenant's notes live in one table whose partition key is the tenant's Cognito identity
 * id. Write the IAM policy a signed-in user's role gets: GetItem, Query, PutItem, UpdateItem and
 * DeleteItem on that table, allowed only when every partition key in the request equals the
 * caller's own identity.
 *
 * <p>Hints: build it with {@code IamPolicy.builder()}; the condition key is
 * {@code dynamodb:LeadingKeys}, the operator {@code ForAllValues:StringEquals}
 * ({@code IamConditionOperator.STRING_EQUALS.addPrefix("ForAllValues:")}), the value the policy
 * variable {@code ${cognito-identity.amazonaws.com:sub}}. Think about which actions name a
 * partition key at all.
 *
 * <p>Done when {@code mvn test -pl 07-security -Pexercises -Dtest=TenantPolicyTest} passes.
 */
public final class TenantPolicy {

    private TenantPolicy() {}

    /** The policy for the table {@code tableArn}. */
    public static IamPolicy forTenants(String tableArn) {
        throw new UnsupportedOperationException(
                "Exercise 07.1 Tenant policy: not solved yet — start in"
                        + " src/exercises/java/com/example/dynamodb/security/exercises/TenantPolicy.java; see README 'Exercises'");
    }
}
