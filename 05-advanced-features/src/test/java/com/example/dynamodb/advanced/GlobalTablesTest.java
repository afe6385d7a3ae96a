package com.example.dynamodb.advanced;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.CreateGlobalTableWitnessGroupMemberAction;
import software.amazon.awssdk.services.dynamodb.model.CreateReplicationGroupMemberAction;
import software.amazon.awssdk.services.dynamodb.model.DeleteReplicationGroupMemberAction;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableResponse;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.GlobalTableWitnessGroupUpdate;
import software.amazon.awssdk.services.dynamodb.model.MultiRegionConsistency;
import software.amazon.awssdk.services.dynamodb.model.ReplicaDescription;
import software.amazon.awssdk.services.dynamodb.model.ReplicaStatus;
import software.amazon.awssdk.services.dynamodb.model.ReplicationGroupUpdate;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.UpdateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateTableResponse;

/** The real Global Tables API, verified against a mock: DynamoDB Local has no Regions. */
@DynamoDbTest
class GlobalTablesTest {

    private final DynamoDbClient mock = mock(DynamoDbClient.class);

    private void updateTableAnswers(TableDescription description) {
        when(mock.updateTable(any(UpdateTableRequest.class)))
                .thenReturn(UpdateTableResponse.builder()
                        .tableDescription(description)
                        .build());
    }

    @Test
    @DisplayName("verifies the request of addReplica: UpdateTable with one ReplicaUpdates Create for the Region")
    void addReplica() {
        updateTableAnswers(TableDescription.builder()
                .replicas(ReplicaDescription.builder()
                        .regionName("eu-west-1")
                        .replicaStatus(ReplicaStatus.CREATING)
                        .build())
                .build());

        TableDescription description = GlobalTables.addReplica(mock, "Orders", "eu-west-1");

        verify(mock)
                .updateTable(UpdateTableRequest.builder()
                        .tableName("Orders")
                        .replicaUpdates(ReplicationGroupUpdate.builder()
                                .create(CreateReplicationGroupMemberAction.builder()
                                        .regionName("eu-west-1")
                                        .build())
                                .build())
                        .build());
        assertThat(description.replicas())
                .singleElement()
                .satisfies(r -> assertThat(r.replicaStatus()).isEqualTo(ReplicaStatus.CREATING));
    }

    @Test
    @DisplayName("verifies the request of removeReplica: UpdateTable with one ReplicaUpdates Delete for the Region")
    void removeReplica() {
        updateTableAnswers(TableDescription.builder().build());

        GlobalTables.removeReplica(mock, "Orders", "ap-northeast-1");

        verify(mock)
                .updateTable(UpdateTableRequest.builder()
                        .tableName("Orders")
                        .replicaUpdates(ReplicationGroupUpdate.builder()
                                .delete(DeleteReplicationGroupMemberAction.builder()
                                        .regionName("ap-northeast-1")
                                        .build())
                                .build())
                        .build());
    }

    @Test
    @DisplayName("verifies that replicas() reads each replica's Region and status from a DescribeTable response")
    void replicas() {
        when(mock.describeTable(
                        DescribeTableRequest.builder().tableName("Orders").build()))
                .thenReturn(DescribeTableResponse.builder()
                        .table(TableDescription.builder()
                                .replicas(
                                        ReplicaDescription.builder()
                                                .regionName("us-east-1")
                                                .replicaStatus(ReplicaStatus.ACTIVE)
                                                .build(),
                                        ReplicaDescription.builder()
                                                .regionName("eu-west-1")
                                                .replicaStatus(ReplicaStatus.UPDATING)
                                                .build())
                                .build())
                        .build());

        assertThat(GlobalTables.replicas(mock, "Orders"))
                .containsExactly(Map.entry("eu-west-1", "UPDATING"), Map.entry("us-east-1", "ACTIVE"));
    }

    @Test
    @DisplayName(
            "verifies the request of makeStronglyConsistent: the replica, the witness and STRONG in one UpdateTable")
    void stronglyConsistent() {
        updateTableAnswers(TableDescription.builder()
                .multiRegionConsistency(MultiRegionConsistency.STRONG)
                .build());

        TableDescription description = GlobalTables.makeStronglyConsistent(mock, "Ledger", "us-east-2", "us-west-2");

        verify(mock)
                .updateTable(UpdateTableRequest.builder()
                        .tableName("Ledger")
                        .replicaUpdates(ReplicationGroupUpdate.builder()
                                .create(CreateReplicationGroupMemberAction.builder()
                                        .regionName("us-east-2")
                                        .build())
                                .build())
                        .globalTableWitnessUpdates(GlobalTableWitnessGroupUpdate.builder()
                                .create(CreateGlobalTableWitnessGroupMemberAction.builder()
                                        .regionName("us-west-2")
                                        .build())
                                .build())
                        .multiRegionConsistency(MultiRegionConsistency.STRONG)
                        .build());
        assertThat(description.multiRegionConsistency()).isEqualTo(MultiRegionConsistency.STRONG);
    }

    @Test
    @DisplayName("clientFor builds a client configured for that Region")
    void regionalClient() {
        try (DynamoDbClient frankfurt = GlobalTables.clientFor(Region.EU_CENTRAL_1)) {
            assertThat(frankfurt.serviceClientConfiguration().region()).isEqualTo(Region.EU_CENTRAL_1);
        }
    }

    @Test
    @Tag("local-differs") // AWS adds the replica; DynamoDB Local 3.3.1 answers 'Nothing to update'
    @DisplayName("DynamoDB Local has no replicas: it answers ReplicaUpdates with 'Nothing to update' and lists none")
    void localIgnoresReplicas(DynamoDbClient client, Tables tables) {
        String table = tables.reserve("Orders");
        tables.createAndWait(OrdersTable.definition(table, null));

        assertThatThrownBy(() -> GlobalTables.addReplica(client, table, "eu-west-1"))
                .isInstanceOf(DynamoDbException.class)
                .hasMessageContaining("Nothing to update");
        assertThat(GlobalTables.replicas(client, table)).isEmpty();
    }
}
