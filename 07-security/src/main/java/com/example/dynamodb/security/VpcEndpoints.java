package com.example.dynamodb.security;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.util.List;
import software.amazon.awssdk.policybuilder.iam.IamConditionOperator;
import software.amazon.awssdk.policybuilder.iam.IamEffect;
import software.amazon.awssdk.policybuilder.iam.IamPolicy;
import software.amazon.awssdk.policybuilder.iam.IamPrincipal;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.PutResourcePolicyRequest;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.CreateVpcEndpointRequest;
import software.amazon.awssdk.services.ec2.model.VpcEndpointType;

/**
 * A gateway VPC endpoint for DynamoDB: the VPC's route tables send DynamoDB's address ranges to
 * the endpoint, so traffic from the subnets stays on the AWS network, without an internet gateway
 * or NAT. An endpoint policy limits what may pass through it; a resource-based policy on the table
 * can refuse every request that did not come through it ({@code aws:SourceVpce}).
 */
public final class VpcEndpoints {

    private VpcEndpoints() {}

    // tag::gateway[]
    /** Creates a gateway endpoint for DynamoDB in a VPC, routed from the given route tables. */
    public static String createGatewayEndpoint(
            Ec2Client ec2, Region region, String vpcId, List<String> routeTableIds, String tableArn) {
        IamPolicy onlyThisTable = IamPolicy.builder()
                .addStatement(s -> s.effect(IamEffect.ALLOW)
                        .addPrincipal(IamPrincipal.ALL) // whoever IAM already allowed...
                        .actionIds(List.of( // ...may do this through the endpoint...
                                "dynamodb:GetItem",
                                "dynamodb:Query",
                                "dynamodb:PutItem",
                                "dynamodb:UpdateItem",
                                "dynamodb:DeleteItem"))
                        .addResource(tableArn)) // ...on this table only: no copying data to another one
                .build();
        CreateVpcEndpointRequest request = CreateVpcEndpointRequest.builder()
                .vpcEndpointType(VpcEndpointType.GATEWAY) // free; an Interface endpoint (PrivateLink) is billed
                .vpcId(vpcId)
                .serviceName("com.amazonaws." + region.id() + ".dynamodb")
                .routeTableIds(routeTableIds) // each gets a route: DynamoDB's prefix list -> the endpoint
                .policyDocument(onlyThisTable.toJson())
                .build();
        return ec2.createVpcEndpoint(request).vpcEndpoint().vpcEndpointId();
    }
    // end::gateway[]

    // tag::source-vpce[]
    /** A table policy that refuses data access from anywhere but one VPC endpoint. */
    public static IamPolicy onlyThroughEndpoint(String tableArn, String vpcEndpointId) {
        return IamPolicy.builder()
                .addStatement(s -> s.sid("DataOnlyThroughTheVpcEndpoint")
                        .effect(IamEffect.DENY)
                        .addPrincipal(IamPrincipal.ALL)
                        // Data actions only: denying dynamodb:* would also lock every caller outside the VPC
                        // out of PutResourcePolicy; only the account's root user could still delete the policy.
                        .actionIds(List.of(
                                "dynamodb:GetItem",
                                "dynamodb:BatchGetItem",
                                "dynamodb:Query",
                                "dynamodb:Scan",
                                "dynamodb:PutItem",
                                "dynamodb:UpdateItem",
                                "dynamodb:DeleteItem",
                                "dynamodb:BatchWriteItem",
                                "dynamodb:ConditionCheckItem",
                                "dynamodb:PartiQLSelect",
                                "dynamodb:PartiQLInsert",
                                "dynamodb:PartiQLUpdate",
                                "dynamodb:PartiQLDelete"))
                        .addResource(tableArn)
                        .addCondition(IamConditionOperator.STRING_NOT_EQUALS, "aws:SourceVpce", vpcEndpointId))
                .build();
    }

    /** Attaches a resource-based policy to the table (not supported by DynamoDB Local). */
    public static String attach(DynamoDbClient client, String tableArn, IamPolicy policy) {
        return client.putResourcePolicy(PutResourcePolicyRequest.builder()
                        .resourceArn(tableArn)
                        .policy(policy.toJson())
                        .build())
                .revisionId();
    }
    // end::source-vpce[]

    static void demo(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("VPC endpoints: DynamoDB without the public internet");
        String tableArn = TableArn.of("eu-west-1", "123456789012", "Orders");
        Narrator.step("Gateway endpoint service in eu-west-1: com.amazonaws." + Region.EU_WEST_1.id() + ".dynamodb");
        Narrator.step("Table policy that refuses data access from outside vpce-0a1b2c3d4e5f60789:");
        IamPolicies.json(onlyThroughEndpoint(tableArn, "vpce-0a1b2c3d4e5f60789"))
                .lines()
                .forEach(Narrator::say);
        Narrator.say("(EC2 and PutResourcePolicy need AWS: the tests verify these requests, not their effect.)");
    }

    public static void main(String[] args) {
        Walkthroughs.run(VpcEndpoints::demo);
    }
}
