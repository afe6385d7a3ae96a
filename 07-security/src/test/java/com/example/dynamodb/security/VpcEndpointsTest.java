package com.example.dynamodb.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.RecordingClient;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.policybuilder.iam.IamAction;
import software.amazon.awssdk.policybuilder.iam.IamCondition;
import software.amazon.awssdk.policybuilder.iam.IamEffect;
import software.amazon.awssdk.policybuilder.iam.IamPolicy;
import software.amazon.awssdk.policybuilder.iam.IamPolicyReader;
import software.amazon.awssdk.policybuilder.iam.IamPrincipal;
import software.amazon.awssdk.policybuilder.iam.IamStatement;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.PutResourcePolicyRequest;
import software.amazon.awssdk.services.dynamodb.model.PutResourcePolicyResponse;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.CreateVpcEndpointRequest;
import software.amazon.awssdk.services.ec2.model.CreateVpcEndpointResponse;
import software.amazon.awssdk.services.ec2.model.VpcEndpoint;
import software.amazon.awssdk.services.ec2.model.VpcEndpointType;

@DynamoDbTest(sdkClient = true) // one engine per test JVM: the encryption tests need the server anyway
class VpcEndpointsTest {

    private static final String TABLE = "arn:aws:dynamodb:eu-west-1:123456789012:table/Orders";
    private static final String VPCE = "vpce-0a1b2c3d4e5f60789";

    /**
     * Records the CreateVpcEndpoint requests it gets; any other EC2 call fails (the interface's
     * default methods throw). Not a Mockito mock: Ec2Client has 1,960 methods, and generating a mock
     * of it took 13 s on the 2-core machine these tests run on (3.8 s of CPU), overriding one costs nothing.
     */
    static final class RecordingEc2 implements Ec2Client {
        final List<CreateVpcEndpointRequest> requests = new ArrayList<>();

        @Override
        public CreateVpcEndpointResponse createVpcEndpoint(CreateVpcEndpointRequest request) {
            requests.add(request);
            return CreateVpcEndpointResponse.builder()
                    .vpcEndpoint(VpcEndpoint.builder().vpcEndpointId(VPCE).build())
                    .build();
        }

        @Override
        public String serviceName() {
            return SERVICE_NAME;
        }

        @Override
        public void close() {}
    }

    @Test
    @DisplayName(
            "verifies the CreateVpcEndpoint request: a Gateway endpoint for the region's DynamoDB service, on the given"
                    + " route tables")
    void gatewayEndpointRequest() {
        RecordingEc2 ec2 = new RecordingEc2();

        String id = VpcEndpoints.createGatewayEndpoint(
                ec2, Region.EU_WEST_1, "vpc-1234", List.of("rtb-private-a", "rtb-private-b"), TABLE);

        assertThat(ec2.requests).hasSize(1);
        CreateVpcEndpointRequest request = ec2.requests.get(0);
        assertThat(id).isEqualTo(VPCE);
        assertThat(request.vpcEndpointType()).isEqualTo(VpcEndpointType.GATEWAY);
        assertThat(request.serviceName()).isEqualTo("com.amazonaws.eu-west-1.dynamodb");
        assertThat(request.vpcId()).isEqualTo("vpc-1234");
        assertThat(request.routeTableIds()).containsExactly("rtb-private-a", "rtb-private-b");
        assertThat(request.subnetIds()).isEmpty(); // subnets and security groups are for Interface endpoints
    }

    @Test
    @DisplayName(
            "verifies the endpoint policy document sent with CreateVpcEndpoint: Allow of five data actions, on one table only")
    void endpointPolicy() {
        RecordingEc2 ec2 = new RecordingEc2();
        VpcEndpoints.createGatewayEndpoint(ec2, Region.EU_WEST_1, "vpc-1234", List.of("rtb-1"), TABLE);
        assertThat(ec2.requests).hasSize(1);

        IamStatement statement = IamPolicyReader.create()
                .read(ec2.requests.get(0).policyDocument())
                .statements()
                .get(0);
        assertThat(statement.effect()).isEqualTo(IamEffect.ALLOW);
        assertThat(statement.principals()).containsExactly(IamPrincipal.ALL);
        assertThat(statement.resources()).extracting(r -> r.value()).containsExactly(TABLE);
        assertThat(statement.actions())
                .extracting(IamAction::value)
                .containsExactly(
                        "dynamodb:GetItem",
                        "dynamodb:Query",
                        "dynamodb:PutItem",
                        "dynamodb:UpdateItem",
                        "dynamodb:DeleteItem");
    }

    @Test
    @DisplayName("verifies the table policy document: a Deny of data actions unless aws:SourceVpce is the endpoint,"
            + " with PutResourcePolicy and DescribeTable left out of it")
    void sourceVpcePolicy() {
        IamPolicy policy = IamPolicyReader.create()
                .read(VpcEndpoints.onlyThroughEndpoint(TABLE, VPCE).toJson());

        IamStatement deny = policy.statements().get(0);
        assertThat(deny.effect()).isEqualTo(IamEffect.DENY);
        assertThat(deny.principals()).containsExactly(IamPrincipal.ALL);
        assertThat(deny.conditions())
                .extracting(c -> c.operator().value(), c -> c.key().value(), IamCondition::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("StringNotEquals", "aws:SourceVpce", VPCE));
        assertThat(deny.actions())
                .extracting(IamAction::value)
                .contains("dynamodb:GetItem", "dynamodb:Scan", "dynamodb:PutItem", "dynamodb:PartiQLSelect")
                .doesNotContain("dynamodb:*", "dynamodb:PutResourcePolicy", "dynamodb:DescribeTable");
    }

    @Test
    @DisplayName("verifies the PutResourcePolicy request: the policy JSON, for the table's ARN")
    void attachRequest() {
        RecordingClient recorder = RecordingClient.of(CannedResponses.client(
                PutResourcePolicyResponse.builder().revisionId("1").build()));
        IamPolicy policy = VpcEndpoints.onlyThroughEndpoint(TABLE, VPCE);

        assertThat(VpcEndpoints.attach(recorder.client(), TABLE, policy)).isEqualTo("1");
        assertThat(recorder.requests(PutResourcePolicyRequest.class))
                .containsExactly(PutResourcePolicyRequest.builder()
                        .resourceArn(TABLE)
                        .policy(policy.toJson())
                        .build());
    }

    @Test
    @DisplayName("DynamoDB Local does not implement PutResourcePolicy (measured): resource policies need AWS")
    void localHasNoResourcePolicies(DynamoDbClient client) {
        Throwable refused =
                catchThrowable(() -> VpcEndpoints.attach(client, TABLE, VpcEndpoints.onlyThroughEndpoint(TABLE, VPCE)));

        if (refused instanceof DynamoDbException fromServer) {
            // DynamoDB Local's HTTP server (local-server, endpoint, testcontainers backends).
            assertThat(fromServer.awsErrorDetails().errorCode()).isEqualTo("UnknownOperationException");
        } else {
            // The embedded engine's client has no implementation of the operation.
            assertThat(refused).isInstanceOf(UnsupportedOperationException.class);
        }
    }
}
