package com.example.dynamodb.performance;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;

/** The whole lesson in order: {@code mvn -q -pl 06-performance compile exec:java}. */
public final class Walkthrough {

    private Walkthrough() {}

    public static void main(String[] args) {
        // Opens the backend and the tables, runs, cleans up; a failure ends in one clear paragraph.
        Walkthroughs.run(Walkthrough::run);
    }

    static void run(DynamoDbBackend ddb, Tables tables) {
        Narrator.section(
                "06 Performance, scaling and monitoring (backend: " + ddb.kind().id() + ")");
        MeasureCapacity.demo(ddb, tables);
        OperationCosts.demo(ddb, tables);
        IndexWriteCost.demo(ddb, tables);
        CapacityModes.demo(ddb, tables);
        CapacityPlanner.demo(ddb, tables);
        HotKeys.demo(ddb, tables);
        CapacityGuardrails.demo(ddb, tables);
        Walkthroughs.onSdkPipeline(
                ddb, tables, "metric publishers, interceptors and the async client", (sdk, sdkTables) -> {
                    SdkMetrics.demo(sdk, sdkTables);
                    AsyncThroughput.demo(sdk, sdkTables);
                });
    }
}
