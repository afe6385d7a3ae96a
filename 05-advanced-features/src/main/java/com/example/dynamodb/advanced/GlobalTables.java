package com.example.dynamodb.advanced;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.CreateGlobalTableWitnessGroupMemberAction;
import software.amazon.awssdk.services.dynamodb.model.CreateReplicationGroupMemberAction;
import software.amazon.awssdk.services.dynamodb.model.DeleteReplicationGroupMemberAction;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.GlobalTableWitnessGroupUpdate;
import software.amazon.awssdk.services.dynamodb.model.MultiRegionConsistency;
import software.amazon.awssdk.services.dynamodb.model.ReplicaDescription;
import software.amazon.awssdk.services.dynamodb.model.ReplicationGroupUpdate;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.UpdateTableRequest;

/**
 * Global tables (version 2019.11.21): one table, a replica in each chosen Region, every replica
 * readable and writable. Replicas are managed with UpdateTable and listed by DescribeTable. DynamoDB
 * Local has no Regions: these requests are verified in tests against a mock, and
 * {@link TwoRegionReplication} models the replication itself.
 */
public final class GlobalTables {

    private GlobalTables() {}

    // tag::add-replica[]
    /** Adds a replica in {@code region}; DynamoDB copies the table there and keeps it in sync. */
    public static TableDescription addReplica(DynamoDbClient client, String table, String region) {
        return client.updateTable(UpdateTableRequest.builder()
                        .tableName(table)
                        .replicaUpdates(ReplicationGroupUpdate.builder()
                                .create(CreateReplicationGroupMemberAction.builder()
                                        .regionName(region)
                                        .build())
                                .build())
                        .build())
                .tableDescription();
    }

    // end::add-replica[]

    // tag::replicas[]
    /** Removes the replica in {@code region} (and its data there). */
    public static TableDescription removeReplica(DynamoDbClient client, String table, String region) {
        return client.updateTable(UpdateTableRequest.builder()
                        .tableName(table)
                        .replicaUpdates(ReplicationGroupUpdate.builder()
                                .delete(DeleteReplicationGroupMemberAction.builder()
                                        .regionName(region)
                                        .build())
                                .build())
                        .build())
                .tableDescription();
    }

    /** Each replica's Region and status (CREATING, ACTIVE...), as DescribeTable reports them. */
    public static Map<String, String> replicas(DynamoDbClient client, String table) {
        TableDescription description = client.describeTable(
                        DescribeTableRequest.builder().tableName(table).build())
                .table();
        Map<String, String> replicas = new TreeMap<>();
        for (ReplicaDescription replica : description.replicas()) {
            replicas.put(replica.regionName(), replica.replicaStatusAsString());
        }
        return replicas;
    }
    // end::replicas[]

    // tag::strong[]
    /**
     * Multi-Region strong consistency (MRSC): turns an empty table into a global table of three
     * Regions, here two replicas and a witness, whose strongly consistent reads see the latest
     * write made in any of them. The mode is chosen once, when the global table is created.
     */
    public static TableDescription makeStronglyConsistent(
            DynamoDbClient client, String table, String replicaRegion, String witnessRegion) {
        return client.updateTable(UpdateTableRequest.builder()
                        .tableName(table)
                        .replicaUpdates(ReplicationGroupUpdate.builder()
                                .create(CreateReplicationGroupMemberAction.builder()
                                        .regionName(replicaRegion)
                                        .build())
                                .build())
                        .globalTableWitnessUpdates(GlobalTableWitnessGroupUpdate.builder()
                                .create(CreateGlobalTableWitnessGroupMemberAction.builder()
                                        .regionName(witnessRegion)
                                        .build())
                                .build())
                        .multiRegionConsistency(MultiRegionConsistency.STRONG)
                        .build())
                .tableDescription();
    }
    // end::strong[]

    // tag::regional-client[]
    /** A client for one Region's replica: an application talks to the replica nearest to it. */
    public static DynamoDbClient clientFor(Region region) {
        return DynamoDbClient.builder().region(region).build();
    }
    // end::regional-client[]

    static void demo(DynamoDbBackend ddb, Tables tables) {
        DynamoDbClient client = ddb.client();
        Narrator.section("Global tables: the real API");
        String table = tables.reserve("GlobalOrders");
        tables.createAndWait(OrdersTable.definition(table, null));
        try {
            addReplica(client, table, "eu-west-1");
            Narrator.step("UpdateTable with ReplicaUpdates was accepted");
        } catch (DynamoDbException e) {
            Narrator.step("DynamoDB Local answers UpdateTable with ReplicaUpdates: \""
                    + e.awsErrorDetails().errorMessage() + "\" (it has no Regions to replicate to)");
        }
        Narrator.step("Replicas it lists: " + replicas(client, table)
                + "; on AWS: {eu-west-1=CREATING} at first, then ACTIVE (request verified in GlobalTablesTest)");
    }

    public static void main(String[] args) {
        Walkthroughs.run(GlobalTables::demo);
    }
}
