package com.example.dynamodb.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.policybuilder.iam.IamEffect;
import software.amazon.awssdk.policybuilder.iam.IamPolicy;
import software.amazon.awssdk.policybuilder.iam.IamPolicyReader;

class PolicyLintTest {

    private static final String TABLE = "arn:aws:dynamodb:eu-west-1:123456789012:table/Orders";

    private static IamPolicy allow(String action, String resource) {
        return IamPolicy.builder()
                .addStatement(s ->
                        s.sid("Wide").effect(IamEffect.ALLOW).addAction(action).addResource(resource))
                .build();
    }

    @Test
    @DisplayName("every policy of this module passes the wildcard lint")
    void ourPoliciesPass() {
        List<IamPolicy> ours = List.of(
                IamPolicies.readOnly(TABLE),
                IamPolicies.applicationCrud(TABLE, List.of("StatusDateIndex")),
                IamPolicies.streamReader(TABLE),
                IamPolicies.denyTableChanges(TABLE),
                FineGrainedAccess.tenantPolicy(
                        TABLE, FineGrainedAccess.COGNITO_IDENTITY_ID, NotesTable.TENANT_ATTRIBUTES),
                VpcEndpoints.onlyThroughEndpoint(TABLE, "vpce-0a1b2c3d4e5f60789"));

        assertThat(PolicyLint.findings(ours)).isEmpty();
    }

    @Test
    @DisplayName("wildcard actions are flagged: dynamodb:* and dynamodb:Get*")
    void wildcardActions() {
        assertThat(PolicyLint.findings(List.of(allow("dynamodb:*", TABLE), allow("dynamodb:Get*", TABLE))))
                .containsExactly(
                        "statement Wide allows the wildcard action dynamodb:*",
                        "statement Wide allows the wildcard action dynamodb:Get*");
    }

    @Test
    @DisplayName("wildcard resources are flagged: '*' and every table; only the listed actions may have '*'")
    void wildcardResources() {
        List<String> findings = PolicyLint.findings(List.of(
                allow("dynamodb:GetRecords", "*"),
                allow("dynamodb:Query", "arn:aws:dynamodb:eu-west-1:123456789012:table/*"),
                allow("dynamodb:ListStreams", "*"),
                allow("dynamodb:GetRecords", TABLE + "/stream/*")));

        assertThat(findings)
                .containsExactly(
                        "statement Wide allows [dynamodb:GetRecords] on the wildcard resource *",
                        "statement Wide allows [dynamodb:Query] on the wildcard resource"
                                + " arn:aws:dynamodb:eu-west-1:123456789012:table/*");
        assertThat(PolicyLint.ALLOWED_WILDCARD_RESOURCES).containsKey("dynamodb:ListStreams");
    }

    @Test
    @DisplayName("a Deny is never flagged (it takes away), but an Allow with NotAction is (it grants the rest)")
    void denyAndNotAction() {
        IamPolicy denyAll = IamPolicy.builder()
                .addStatement(
                        s -> s.effect(IamEffect.DENY).addAction("dynamodb:*").addResource("*"))
                .build();
        IamPolicy allowAllBut = IamPolicy.builder()
                .addStatement(s -> s.effect(IamEffect.ALLOW)
                        .addNotAction("dynamodb:DeleteTable")
                        .addResource(TABLE))
                .build();

        assertThat(PolicyLint.findings(List.of(denyAll))).isEmpty();
        assertThat(PolicyLint.findings(List.of(allowAllBut)))
                .containsExactly("a statement uses NotAction/NotResource: it allows everything it does not name");
    }

    @Test
    @DisplayName("the lint reads policies from JSON too: an Allow of dynamodb:* is flagged, a Deny is not")
    void policiesReadFromJson() {
        IamPolicy fromJson = IamPolicyReader.create().read("""
                        {"Version": "2012-10-17", "Statement": [
                          {"Effect": "Allow", "Action": "dynamodb:*", "Resource": "%s"},
                          {"Effect": "Deny", "Action": "dynamodb:*", "Resource": "*"}
                        ]}
                        """.formatted(TABLE));

        assertThat(PolicyLint.findings(List.of(fromJson)))
                .containsExactly("a statement allows the wildcard action dynamodb:*");
    }
}
