package com.example.dynamodb.security.exercises;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.policybuilder.iam.IamAction;
import software.amazon.awssdk.policybuilder.iam.IamCondition;
import software.amazon.awssdk.policybuilder.iam.IamEffect;
import software.amazon.awssdk.policybuilder.iam.IamPolicy;
import software.amazon.awssdk.policybuilder.iam.IamPolicyReader;
import software.amazon.awssdk.policybuilder.iam.IamResource;
import software.amazon.awssdk.policybuilder.iam.IamStatement;

@DisplayName("Exercise 07.1 Tenant policy")
class TenantPolicyTest {

    private static final String TABLE = "arn:aws:dynamodb:eu-west-1:123456789012:table/Notes";

    /** The policy as IAM would receive it: written to JSON and read back. */
    private static IamPolicy policy() {
        return IamPolicyReader.create().read(TenantPolicy.forTenants(TABLE).toJson());
    }

    private static List<String> allowedActions(IamPolicy policy) {
        return policy.statements().stream()
                .filter(s -> IamEffect.ALLOW.equals(s.effect()))
                .flatMap(s -> s.actions().stream())
                .map(IamAction::value)
                .toList();
    }

    @Test
    @DisplayName("07.1: the five item actions are allowed on the table, and on nothing else")
    void itemActionsOnTheTable() {
        IamPolicy policy = policy();

        assertThat(allowedActions(policy))
                .contains(
                        "dynamodb:GetItem",
                        "dynamodb:Query",
                        "dynamodb:PutItem",
                        "dynamodb:UpdateItem",
                        "dynamodb:DeleteItem")
                .noneMatch(a -> a.contains("*"));
        assertThat(policy.statements().stream()
                        .flatMap(s -> s.resources().stream())
                        .map(IamResource::value))
                .containsOnly(TABLE);
    }

    @Test
    @DisplayName("07.1: every Allow requires all partition keys to be the caller's Cognito identity")
    void leadingKeysIsTheCaller() {
        for (IamStatement statement : policy().statements()) {
            assertThat(statement.conditions())
                    .extracting(c -> c.operator().value(), c -> c.key().value(), IamCondition::value)
                    .contains(org.assertj.core.groups.Tuple.tuple(
                            "ForAllValues:StringEquals",
                            "dynamodb:LeadingKeys",
                            "${cognito-identity.amazonaws.com:sub}"));
        }
    }

    @Test
    @DisplayName("07.1: no action that names no partition key (Scan, PartiQL): ForAllValues over none is true")
    void nothingWithoutAPartitionKey() {
        assertThat(allowedActions(policy()))
                .doesNotContain(
                        "dynamodb:Scan", "dynamodb:PartiQLSelect", "dynamodb:DeleteTable", "dynamodb:UpdateTable");
    }
}
