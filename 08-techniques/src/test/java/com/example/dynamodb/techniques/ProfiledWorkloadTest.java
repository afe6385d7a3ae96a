package com.example.dynamodb.techniques;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

@DynamoDbTest
class ProfiledWorkloadTest {

    @Test
    @DisplayName("the profiled workload reports each operation's calls and the capacity it consumed")
    void report(DynamoDbClient client, Tables tables) {
        String table = tables.reserve("Profiled");
        tables.createAndWait(SimpleTables.pkSk(table));

        OperationProfiler profiler = ProfiledWorkload.run(client, table, 20);

        // 1.5 KB items: a put is 2 WCU, a get 0.5 RCU; a query of USER#2's 4 items (6 KB) is 1 RCU.
        assertThat(profiler.report())
                .extracting(
                        OperationProfiler.Stats::operation,
                        OperationProfiler.Stats::calls,
                        OperationProfiler.Stats::capacityUnits)
                .containsExactly(tuple("GetItem", 20, 10.0), tuple("PutItem", 20, 40.0), tuple("Query", 20, 20.0));
        assertThat(profiler.report()).allSatisfy(s -> {
            assertThat(s.errors()).isZero();
            assertThat(s.p50()).isLessThanOrEqualTo(s.p90());
            assertThat(s.p90()).isLessThanOrEqualTo(s.p99());
            assertThat(s.p99()).isLessThanOrEqualTo(s.max());
        });
    }
}
