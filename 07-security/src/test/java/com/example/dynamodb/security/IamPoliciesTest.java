package com.example.dynamodb.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.policybuilder.iam.IamAction;
import software.amazon.awssdk.policybuilder.iam.IamEffect;
import software.amazon.awssdk.policybuilder.iam.IamPolicy;
import software.amazon.awssdk.policybuilder.iam.IamPolicyReader;
import software.amazon.awssdk.policybuilder.iam.IamResource;
import software.amazon.awssdk.policybuilder.iam.IamStatement;

/** Every policy is written to JSON and read back with the SDK's reader before anything is asserted. */
class IamPoliciesTest {

    private static final String TABLE = "arn:aws:dynamodb:us-east-1:123456789012:table/MyTable";

    private static IamPolicy readBack(IamPolicy policy) {
        return IamPolicyReader.create().read(policy.toJson());
    }

    private static List<String> actions(IamStatement statement) {
        return statement.actions().stream().map(IamAction::value).toList();
    }

    private static List<String> resources(IamStatement statement) {
        return statement.resources().stream().map(IamResource::value).toList();
    }

    @Test
    @DisplayName(
            "verifies the document: the read-only policy is exactly the seed's JSON, an Allow of GetItem, Query, Scan on one table")
    void readOnlyIsTheSeedsPolicy() {
        String seed = """
                {
                    "Version": "2012-10-17",
                    "Statement": [
                        {
                            "Effect": "Allow",
                            "Action": [
                                "dynamodb:GetItem",
                                "dynamodb:Query",
                                "dynamodb:Scan"
                            ],
                            "Resource": "arn:aws:dynamodb:us-east-1:123456789012:table/MyTable"
                        }
                    ]
                }
                """;
        IamPolicy built = readBack(IamPolicies.readOnly(TableArn.of("us-east-1", "123456789012", "MyTable")));

        assertThat(built).isEqualTo(IamPolicyReader.create().read(seed));
        assertThat(built.version()).isEqualTo("2012-10-17");
        assertThat(actions(built.statements().get(0)))
                .containsExactly("dynamodb:GetItem", "dynamodb:Query", "dynamodb:Scan");
    }

    @Test
    @DisplayName(
            "verifies the document: the application role's policy allows item actions on the table and Query on each"
                    + " named index, nothing else")
    void applicationRoleNamesEachIndex() {
        IamPolicy policy = readBack(IamPolicies.applicationCrud(TABLE, List.of("StatusDateIndex", "AmountIndex")));

        IamStatement items = policy.statements().get(0);
        IamStatement indexes = policy.statements().get(1);
        assertThat(policy.statements()).hasSize(2).allMatch(s -> IamEffect.ALLOW.equals(s.effect()));
        assertThat(resources(items)).containsExactly(TABLE);
        assertThat(actions(items))
                .contains("dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem")
                .doesNotContain(
                        "dynamodb:Scan", "dynamodb:DeleteTable", "dynamodb:UpdateTable", "dynamodb:CreateTable");
        assertThat(actions(indexes)).containsExactly("dynamodb:Query");
        assertThat(resources(indexes))
                .containsExactly(TABLE + "/index/StatusDateIndex", TABLE + "/index/AmountIndex")
                .noneMatch(r -> r.contains("*"));
    }

    @Test
    @DisplayName(
            "verifies the document: the stream reader's policy allows the stream's read actions and no item action;"
                    + " ListStreams alone has '*'")
    void streamReaderReadsOnlyTheStream() {
        IamPolicy policy = readBack(IamPolicies.streamReader(TABLE));

        assertThat(policy.statements()).hasSize(2);
        assertThat(actions(policy.statements().get(0)))
                .containsExactly("dynamodb:DescribeStream", "dynamodb:GetRecords", "dynamodb:GetShardIterator");
        assertThat(resources(policy.statements().get(0))).containsExactly(TABLE + "/stream/*");
        assertThat(actions(policy.statements().get(1))).containsExactly("dynamodb:ListStreams");
        assertThat(resources(policy.statements().get(1))).containsExactly("*");
        assertThat(policy.statements().stream().flatMap(s -> actions(s).stream()))
                .noneMatch(
                        a -> a.equals("dynamodb:GetItem") || a.equals("dynamodb:Query") || a.equals("dynamodb:Scan"));
    }

    @Test
    @DisplayName(
            "verifies the document: the guardrail is a statement with Effect Deny for DeleteTable and UpdateTable on the table")
    void guardrailDenies() {
        IamPolicy policy = readBack(IamPolicies.denyTableChanges(TABLE));

        IamStatement deny = policy.statements().get(0);
        assertThat(deny.effect()).isEqualTo(IamEffect.DENY);
        assertThat(actions(deny)).containsExactly("dynamodb:DeleteTable", "dynamodb:UpdateTable");
        assertThat(resources(deny)).containsExactly(TABLE);
    }

    @Test
    @DisplayName("a policy survives the trip to JSON and back unchanged, statement ids included")
    void jsonRoundTrip() {
        IamPolicy policy = IamPolicies.applicationCrud(TABLE, List.of("StatusDateIndex"));

        assertThat(readBack(policy)).isEqualTo(policy);
        assertThat(IamPolicies.json(policy)).contains("\"Sid\" : \"QueryTheIndexes\"");
    }
}
