package com.example.dynamodb.errors;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.util.Arrays;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A MODEL, not DynamoDB: DynamoDB Local has a single copy of each item and never returns stale
 * data, so the model is how this lesson shows what the service can do. The replicas come from the
 * USENIX ATC 2022 paper on DynamoDB (Elhemali et al., "Amazon DynamoDB: A Scalable, Predictably
 * Performant, and Fully Managed NoSQL Database Service"): a partition's replicas sit in different
 * Availability Zones, three in the model; the leader acknowledges a write once a quorum (two of the
 * three) has it, the third catches up later; only the leader serves strongly consistent reads, any
 * replica an eventually consistent one. The developer guide says the rest ("Read consistency",
 * "Global secondary indexes"): an eventually consistent read may miss a write that just completed,
 * and a GSI is updated asynchronously and offers eventually consistent reads only.
 */
public final class ConsistencyModel {

    private final String[] replicas = new String[3]; // [0] is the leader
    private String indexCopy;
    private String pending;

    public ConsistencyModel(String initial) {
        Arrays.fill(replicas, initial);
        indexCopy = initial;
    }

    /** Acknowledged when the leader and replica 1 have it; replica 2 and the GSI lag. */
    public void write(String value) {
        replicas[0] = value;
        replicas[1] = value;
        pending = value;
    }

    /** The background replication that catches the third replica and the GSI up (no figure is documented). */
    public void propagate() {
        if (pending != null) {
            replicas[2] = pending;
            indexCopy = pending;
            pending = null;
        }
    }

    public String stronglyConsistentRead() {
        return replicas[0];
    }

    /** Served by whichever replica the request lands on. */
    public String eventuallyConsistentRead(int replica) {
        return replicas[replica];
    }

    public String queryIndex() {
        return indexCopy;
    }

    static void demo(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("Eventual consistency (a model) and what DynamoDB Local does");
        ConsistencyModel model = new ConsistencyModel("v1");
        model.write("v2");
        Narrator.step("MODEL: just after writing v2 (acknowledged by 2 of 3 replicas)");
        Narrator.show("strongly consistent read", model.stronglyConsistentRead());
        Narrator.show(
                "eventually consistent reads from replicas 0, 1, 2",
                model.eventuallyConsistentRead(0) + ", " + model.eventuallyConsistentRead(1) + ", "
                        + model.eventuallyConsistentRead(2));
        Narrator.show("GSI query", model.queryIndex());
        model.propagate();
        Narrator.show(
                "after replication: replica 2, GSI", model.eventuallyConsistentRead(2) + ", " + model.queryIndex());
        DynamoDbClient client = ddb.client();
        String table = AccountsTable.create(tables, "Accounts");
        AccountsTable.open(client, table, "alice", "alice", 1);
        AccountsTable.open(client, table, "alice", "alice", 2);
        String eventual = client.getItem(
                        b -> b.tableName(table).key(Map.of(AccountsTable.PK, AttributeValue.fromS("alice"))))
                .item()
                .get("balance")
                .n();
        int inIndex = client.query(b -> b.tableName(table)
                        .indexName(AccountsTable.OWNER_INDEX)
                        .keyConditionExpression("#o = :o")
                        .expressionAttributeNames(Map.of("#o", "owner"))
                        .expressionAttributeValues(Map.of(":o", AttributeValue.fromS("alice"))))
                .count();
        Narrator.step("DynamoDB Local, right after writing balance 2");
        Narrator.show("eventually consistent GetItem", eventual + " (never stale on DynamoDB Local)");
        Narrator.show("items in the GSI at once", inIndex);
    }

    public static void main(String[] args) {
        Walkthroughs.run(ConsistencyModel::demo);
    }
}
