package com.example.dynamodb.security.exercises;

import java.util.List;
import software.amazon.awssdk.policybuilder.iam.IamConditionOperator;
import software.amazon.awssdk.policybuilder.iam.IamEffect;
import software.amazon.awssdk.policybuilder.iam.IamPolicy;

/**
 * Exercise 07.1, a plausible wrong solution: Scan added "to list my notes". A Scan names no
 * partition key, ForAllValues over an empty set is true, and every tenant's notes come back.
 */
public final class TenantPolicy {

    private TenantPolicy() {}

    public static IamPolicy forTenants(String tableArn) {
        return IamPolicy.builder()
                .addStatement(s -> s.effect(IamEffect.ALLOW)
                        .actionIds(List.of(
                                "dynamodb:GetItem",
                                "dynamodb:Query",
                                "dynamodb:Scan",
                                "dynamodb:PutItem",
                                "dynamodb:UpdateItem",
                                "dynamodb:DeleteItem"))
                        .addResource(tableArn)
                        .addCondition(
                                IamConditionOperator.STRING_EQUALS.addPrefix("ForAllValues:"),
                                "dynamodb:LeadingKeys",
                                "${cognito-identity.amazonaws.com:sub}"))
                .build();
    }
}
