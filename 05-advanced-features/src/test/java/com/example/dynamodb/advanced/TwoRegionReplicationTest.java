package com.example.dynamodb.advanced;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.dynamodb.advanced.TwoRegionReplication.Pass;
import com.example.dynamodb.advanced.TwoRegionReplication.Replica;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/** The local MODEL of a two-Region global table: two tables and a stream-driven replicator. */
@DynamoDbTest
@Tag("streams") // the model replicates through each table's stream
class TwoRegionReplicationTest {

    private static Map<String, AttributeValue> read(DynamoDbClient client, Replica replica, String orderId) {
        return client.getItem(b -> b.tableName(replica.table())
                        .key(OrdersTable.key("c1", orderId))
                        .consistentRead(true))
                .item();
    }

    @Test
    @DisplayName("a write in one Region reaches the other in one pass, and the copy is never sent back")
    void replicatesWithoutEcho(DynamoDbClient client, DynamoDbStreamsClient streams, Tables tables) {
        Replica us = TwoRegionReplication.createReplica(client, tables, "us-east-1");
        Replica eu = TwoRegionReplication.createReplica(client, tables, "eu-west-1");
        TwoRegionReplication replicator = new TwoRegionReplication(client, streams, us, eu);

        TwoRegionReplication.write(client, us, OrdersTable.order("c1", "o1", "10"), 1_000);
        Pass first = replicator.replicateOnce();
        Pass second = replicator.replicateOnce();

        assertThat(read(client, eu, "o1")).isEqualTo(read(client, us, "o1"));
        assertThat(read(client, eu, "o1").get(TwoRegionReplication.WRITTEN_IN).s())
                .isEqualTo("us-east-1");
        // us -> eu applied it; eu's stream then held the copy, which the replicator skipped.
        assertThat(first).isEqualTo(new Pass(1, 1, 0));
        assertThat(second).isEqualTo(new Pass(0, 0, 0)); // nothing new, nothing echoed back and forth
    }

    @Test
    @DisplayName("concurrent writes of one item in both Regions converge to the later write; the earlier one is lost")
    void lastWriterWins(DynamoDbClient client, DynamoDbStreamsClient streams, Tables tables) {
        Replica us = TwoRegionReplication.createReplica(client, tables, "us-east-1");
        Replica eu = TwoRegionReplication.createReplica(client, tables, "eu-west-1");
        TwoRegionReplication replicator = new TwoRegionReplication(client, streams, us, eu);

        TwoRegionReplication.write(client, eu, OrdersTable.order("c1", "o2", "25"), 2_000); // earlier
        TwoRegionReplication.write(client, us, OrdersTable.order("c1", "o2", "20"), 2_500); // later
        TwoRegionReplication.write(client, eu, OrdersTable.order("c1", "o3", "30"), 2_600); // no conflict
        Pass pass = replicator.replicateOnce();
        Pass after = replicator.replicateOnce();

        for (Replica replica : List.of(us, eu)) {
            assertThat(read(client, replica, "o2").get("amount").n()).isEqualTo("20");
            assertThat(read(client, replica, "o3").get("amount").n()).isEqualTo("30");
        }
        assertThat(pass.applied()).isEqualTo(2); // us's o2 to eu, eu's o3 to us
        assertThat(pass.conflictsLost()).isEqualTo(1); // eu's o2 arrived in us after a later write
        assertThat(after.applied()).isZero();
    }

    @Test
    @DisplayName("a tie in time is broken by the Region name, so both Regions keep the same write")
    void tieBreak(DynamoDbClient client, DynamoDbStreamsClient streams, Tables tables) {
        Replica us = TwoRegionReplication.createReplica(client, tables, "us-east-1");
        Replica eu = TwoRegionReplication.createReplica(client, tables, "eu-west-1");
        TwoRegionReplication replicator = new TwoRegionReplication(client, streams, us, eu);

        TwoRegionReplication.write(client, us, OrdersTable.order("c1", "o4", "40"), 3_000);
        TwoRegionReplication.write(client, eu, OrdersTable.order("c1", "o4", "45"), 3_000);
        replicator.replicateOnce();

        // "us-east-1" sorts after "eu-west-1": at equal times, its write is the later one everywhere.
        assertThat(read(client, us, "o4").get("amount").n()).isEqualTo("40");
        assertThat(read(client, eu, "o4").get("amount").n()).isEqualTo("40");
    }
}
