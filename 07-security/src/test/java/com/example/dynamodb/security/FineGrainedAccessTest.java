package com.example.dynamodb.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.policybuilder.iam.IamAction;
import software.amazon.awssdk.policybuilder.iam.IamCondition;
import software.amazon.awssdk.policybuilder.iam.IamPolicy;
import software.amazon.awssdk.policybuilder.iam.IamPolicyReader;

class FineGrainedAccessTest {

    private static final String TABLE = "arn:aws:dynamodb:eu-west-1:123456789012:table/Notes";

    private static List<String> condition(IamPolicy policy, String operator, String key) {
        return policy.statements().get(0).conditions().stream()
                .filter(c ->
                        c.operator().value().equals(operator) && c.key().value().equals(key))
                .map(IamCondition::value)
                .toList();
    }

    private static IamPolicy tenantPolicyReadBack(String identity) {
        IamPolicy built = FineGrainedAccess.tenantPolicy(TABLE, identity, NotesTable.TENANT_ATTRIBUTES);
        return IamPolicyReader.create().read(built.toJson());
    }

    @Test
    @DisplayName(
            "verifies the document: ForAllValues:StringEquals on dynamodb:LeadingKeys names the caller's Amazon user id")
    void leadingKeys() {
        IamPolicy policy = tenantPolicyReadBack(FineGrainedAccess.AMAZON_USER_ID);

        assertThat(condition(policy, "ForAllValues:StringEquals", "dynamodb:LeadingKeys"))
                .containsExactly("${www.amazon.com:user_id}");
        assertThat(policy.toJson()).contains("\"ForAllValues:StringEquals\":{\"dynamodb:LeadingKeys\"");
    }

    @Test
    @DisplayName("verifies the document: for Cognito identities, LeadingKeys names their own policy variable")
    void cognito() {
        IamPolicy policy = tenantPolicyReadBack(FineGrainedAccess.COGNITO_IDENTITY_ID);

        assertThat(condition(policy, "ForAllValues:StringEquals", "dynamodb:LeadingKeys"))
                .containsExactly("${cognito-identity.amazonaws.com:sub}");
    }

    @Test
    @DisplayName(
            "verifies the document: Attributes lists the allowed names, Select is SPECIFIC_ATTRIBUTES, ReturnValues has no"
                    + " ALL_*, and there is no Scan")
    void attributesSelectReturnValues() {
        IamPolicy policy = tenantPolicyReadBack(FineGrainedAccess.COGNITO_IDENTITY_ID);

        assertThat(condition(policy, "ForAllValues:StringEquals", "dynamodb:Attributes"))
                .containsExactlyElementsOf(NotesTable.TENANT_ATTRIBUTES)
                .doesNotContain("moderation");
        assertThat(condition(policy, "StringEqualsIfExists", "dynamodb:Select")).containsExactly("SPECIFIC_ATTRIBUTES");
        assertThat(condition(policy, "StringEqualsIfExists", "dynamodb:ReturnValues"))
                .containsExactly("NONE", "UPDATED_OLD", "UPDATED_NEW");
        // No Scan: a Scan names no partition key, and ForAllValues over no values is true.
        assertThat(policy.statements().get(0).actions().stream().map(IamAction::value))
                .doesNotContain("dynamodb:Scan", "dynamodb:PartiQLSelect");
    }

    @Test
    @DisplayName("the rules read back from the policy document are the ones the repository applies in code")
    void rulesFromThePolicy() {
        FineGrainedAccess.Rules rules =
                FineGrainedAccess.Rules.from(tenantPolicyReadBack(FineGrainedAccess.COGNITO_IDENTITY_ID));

        assertThat(rules.identityVariable()).isEqualTo(FineGrainedAccess.COGNITO_IDENTITY_ID);
        assertThat(rules.attributes()).containsExactlyInAnyOrderElementsOf(NotesTable.TENANT_ATTRIBUTES);
        assertThat(rules.returnValues()).containsExactlyInAnyOrder("NONE", "UPDATED_OLD", "UPDATED_NEW");
    }

    @Test
    @DisplayName("a policy that does not pin the partition key cannot configure a tenant repository")
    void refusesAPolicyWithoutLeadingKeys() {
        assertThatThrownBy(() -> FineGrainedAccess.Rules.from(IamPolicies.readOnly(TABLE)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dynamodb:LeadingKeys")
                .hasMessageContaining("every tenant reads every item");
    }
}
