package com.example.dynamodb.security.exercises;

import java.util.List;
import software.amazon.awssdk.policybuilder.iam.IamConditionOperator;
import software.amazon.awssdk.policybuilder.iam.IamEffect;
import software.amazon.awssdk.policybuilder.iam.IamPolicy;

/** Exercise 07.1, reference solution. */
public final class TenantPolicy {

    private TenantPolicy() {}

    public static IamPolicy forTenants(String tableArn) {
        return IamPolicy.builder()
                .addStatement(s -> s.effect(IamEffect.ALLOW)
                        // No Scan: it names no partition key, and ForAllValues over no values is true.
                        .actionIds(List.of(
                                "dynamodb:GetItem",
                                "dynamodb:Query",
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
