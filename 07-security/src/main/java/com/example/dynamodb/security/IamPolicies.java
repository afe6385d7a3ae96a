package com.example.dynamodb.security;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.util.List;
import software.amazon.awssdk.policybuilder.iam.IamEffect;
import software.amazon.awssdk.policybuilder.iam.IamPolicy;
import software.amazon.awssdk.policybuilder.iam.IamPolicyWriter;
import software.amazon.awssdk.policybuilder.iam.IamStatement;

/**
 * Least-privilege IAM policies for DynamoDB, built with the SDK's IAM Policy Builder rather than
 * hand-written JSON: a typo in an action name is still possible, but a missing bracket or a stray
 * comma is not, and tests can read a policy back and check what it grants.
 */
public final class IamPolicies {

    private IamPolicies() {}

    // tag::read-only[]
    /** The seed's policy: GetItem, Query and Scan on one table, and nothing else. */
    public static IamPolicy readOnly(String tableArn) {
        return IamPolicy.builder()
                .addStatement(s -> s.effect(IamEffect.ALLOW)
                        .addAction("dynamodb:GetItem")
                        .addAction("dynamodb:Query")
                        .addAction("dynamodb:Scan")
                        .addResource(tableArn))
                .build();
    }
    // end::read-only[]

    // tag::application[]
    /** An application role: item reads and writes on the table, queries on its named indexes only. */
    public static IamPolicy applicationCrud(String tableArn, List<String> indexNames) {
        IamStatement.Builder indexes = IamStatement.builder()
                .sid("QueryTheIndexes")
                .effect(IamEffect.ALLOW)
                .addAction("dynamodb:Query"); // an index serves Query and Scan; this role only queries
        // One ARN per index, not "table/NAME/index/*": an index added later is not granted silently.
        indexNames.forEach(index -> indexes.addResource(tableArn + "/index/" + index));
        return IamPolicy.builder()
                .addStatement(s -> s.sid("ItemsOfTheTable")
                        .effect(IamEffect.ALLOW)
                        .actionIds(List.of(
                                "dynamodb:GetItem",
                                "dynamodb:BatchGetItem",
                                "dynamodb:Query",
                                "dynamodb:PutItem",
                                "dynamodb:UpdateItem",
                                "dynamodb:DeleteItem",
                                "dynamodb:BatchWriteItem",
                                "dynamodb:ConditionCheckItem"))
                        .addResource(tableArn))
                .addStatement(indexes.build())
                .build();
    }
    // end::application[]

    // tag::stream-reader[]
    /** A stream consumer (a Lambda function, a KCL worker): reads the table's stream, never the table. */
    public static IamPolicy streamReader(String tableArn) {
        return IamPolicy.builder()
                .addStatement(s -> s.sid("ReadTheStream")
                        .effect(IamEffect.ALLOW)
                        .actionIds(
                                List.of("dynamodb:DescribeStream", "dynamodb:GetRecords", "dynamodb:GetShardIterator"))
                        .addResource(tableArn + "/stream/*")) // the stream's label changes when it is re-enabled
                .addStatement(s -> s.sid("FindTheStream")
                        .effect(IamEffect.ALLOW)
                        .addAction("dynamodb:ListStreams")
                        .addResource("*")) // ListStreams names no resource: only "*" grants it
                .build();
    }
    // end::stream-reader[]

    // tag::guardrail[]
    /** A guardrail to attach beside any grant: an explicit Deny wins over every Allow. */
    public static IamPolicy denyTableChanges(String tableArn) {
        return IamPolicy.builder()
                .addStatement(s -> s.sid("NobodyDropsOrReshapesThisTable")
                        .effect(IamEffect.DENY)
                        .addAction("dynamodb:DeleteTable")
                        .addAction("dynamodb:UpdateTable")
                        .addResource(tableArn))
                .build();
    }
    // end::guardrail[]

    /** Pretty JSON, as you would paste it into the IAM console or a CloudFormation template. */
    public static String json(IamPolicy policy) {
        return policy.toJson(IamPolicyWriter.builder().prettyPrint(true).build());
    }

    static void demo(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("IAM policies, built with the IAM Policy Builder");
        String orders = TableArn.of("eu-west-1", "123456789012", "Orders");
        Narrator.step("The seed's read-only policy for " + orders);
        json(readOnly(orders)).lines().forEach(Narrator::say);
        IamPolicy app = applicationCrud(orders, List.of("StatusDateIndex"));
        Narrator.step("Application role: " + app.statements().get(0).actions().size()
                + " item actions on the table, Query on "
                + app.statements().get(1).resources().get(0).value());
        Narrator.step("Stream reader: "
                + streamReader(orders).statements().stream()
                        .map(s -> s.actions().stream().map(a -> a.value()).toList() + " on "
                                + s.resources().get(0).value())
                        .toList());
        Narrator.step("Guardrail: Deny "
                + denyTableChanges(orders).statements().get(0).actions().stream()
                        .map(a -> a.value())
                        .toList());
        Narrator.step("Wildcard lint of these four policies: "
                + PolicyLint.findings(List.of(readOnly(orders), app, streamReader(orders), denyTableChanges(orders))));
    }

    public static void main(String[] args) {
        Walkthroughs.run(IamPolicies::demo);
    }
}
