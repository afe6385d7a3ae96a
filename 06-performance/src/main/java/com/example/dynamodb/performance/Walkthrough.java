package com.example.dynamodb.performance;

import com.example.dynamodb.support.Backend;
import com.example.dynamodb.support.BackendConfig;
import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.util.function.BiConsumer;

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
        // Metric publishers, interceptors and the async client need a client the SDK builds.
        withSdkPipeline(ddb, tables, (sdk, sdkTables) -> {
            SdkMetrics.demo(sdk, sdkTables);
            AsyncThroughput.demo(sdk, sdkTables);
        });
    }

    /** Runs {@code lesson} on {@code ddb}, or, on the embedded engine, on a local server started for it. */
    static void withSdkPipeline(DynamoDbBackend ddb, Tables tables, BiConsumer<DynamoDbBackend, Tables> lesson) {
        if (ddb.kind().sdkBuilt()) {
            lesson.accept(ddb, tables);
            return;
        }
        try (DynamoDbBackend server = DynamoDbBackend.open(BackendConfig.of(Backend.LOCAL_SERVER));
                Tables serverTables = Tables.forWalkthrough(server)) {
            Narrator.step("(on DynamoDB Local's HTTP server: the embedded engine has no SDK request pipeline)");
            lesson.accept(server, serverTables);
        }
    }
}
